using Site.Load;
using Site.Render;
using Site.Write;

namespace Site.Build;

/// <summary>
/// Records the build in the output folder as the published one: copies its manifest.json and changes.json into
/// data/published/, to be committed, so the next term's "what has changed" compares against what the public saw.
/// </summary>
public static class MarkPublishedCommand
{
    public static int Run(string dataFolder, string outputFolder, TextWriter log)
    {
        foreach (var name in new[] { ChangeFiles.ManifestFile, ChangeFiles.ChangesFile })
        {
            var source = Path.Combine(outputFolder, name);
            if (!File.Exists(source))
            {
                log.WriteLine($"error: {source} does not exist; build the site first.");
                return ExitCodes.DataErrors;
            }

            WriteFiles.Replace(
                Path.Combine(dataFolder, PreviousBuildReader.PublishedFolder, name),
                File.ReadAllBytes(source));
        }

        log.WriteLine(
            $"Recorded {outputFolder} as published in {Path.Combine(dataFolder, PreviousBuildReader.PublishedFolder)}; "
            + $"commit it with the data.");
        return ExitCodes.Ok;
    }
}
