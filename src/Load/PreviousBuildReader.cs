namespace Site.Load;

/// <summary>
/// Reads what was last published: data/published/ (committed by staff with 'mark-published', so a clean clone on
/// Netlify knows it too), or else the manifest a previous local build left in the output folder; none on a first build.
/// </summary>
public static class PreviousBuildReader
{
    public const string PublishedFolder = "published";

    /// <returns>The last build's files; the manifest mapped, not read (<see cref="MappedFile"/>), until disposed.
    /// </returns>
    public static PreviousBuild Read(string dataFolder, string outputFolder)
    {
        var published = Path.Combine(dataFolder, PublishedFolder);
        var folder = File.Exists(Path.Combine(published, "manifest.json")) ? published : outputFolder;
        var changes = Path.Combine(folder, "changes.json");
        var manifest = MappedFile.Open(Path.Combine(folder, "manifest.json"));
        return new PreviousBuild(
            manifest?.Memory,
            File.Exists(changes) ? File.ReadAllBytes(changes) : null,
            Path.Combine(folder, "manifest.json"),
            changes)
        {
            Mapping = manifest,
        };
    }
}
