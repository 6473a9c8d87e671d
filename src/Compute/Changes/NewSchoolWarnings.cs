using System.Text.Json;
using Site.Diagnostics;
using Site.Model;

namespace Site.Compute.Changes;

/// <summary>Warns about schools that were not in the last published build, so staff check them before publishing; a
/// warning never fails the build.</summary>
public static class NewSchoolWarnings
{
    public static void Add(
        Dataset dataset,
        Load.PreviousBuild previousBuild,
        JsonSerializerOptions options,
        DiagnosticBag diagnostics)
    {
        if (ManifestJson.Read(
            previousBuild.Manifest,
            previousBuild.ManifestPath,
            options,
            diagnostics) is not { } published)
        {
            return;
        }

        var known = published.Schools.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var school in dataset.Schools.Where(s => !known.Contains(s.Code)))
        {
            diagnostics.Warning(
                new SourceRef("schools.csv", 0),
                $"school {school.Code} ({school.Name}) is new since the last published build",
                fix: "check its district and organizer before publishing");
        }
    }
}
