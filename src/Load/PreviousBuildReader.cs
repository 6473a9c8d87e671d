namespace Site.Load;

/// <summary>
/// Reads what was last published: data/published/ (committed by staff with 'mark-published', so a clean clone on
/// Netlify knows it too), or else the manifest a previous local build left in the output folder; none on a first build.
/// </summary>
public static class PreviousBuildReader
{
    public const string PublishedFolder = "published";

    public static PreviousBuild Read(string dataFolder, string outputFolder)
    {
        var published = Path.Combine(dataFolder, PublishedFolder);
        var folder = File.Exists(Path.Combine(published, "manifest.json")) ? published : outputFolder;
        byte[]? Bytes(string name) =>
            File.Exists(Path.Combine(folder, name)) ? File.ReadAllBytes(Path.Combine(folder, name)) : null;
        return new PreviousBuild(
            Bytes("manifest.json"),
            Bytes("changes.json"),
            Path.Combine(folder, "manifest.json"),
            Path.Combine(folder, "changes.json"));
    }
}
