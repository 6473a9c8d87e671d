using System.Text.Json;
using Site.Diagnostics;
using Site.Model;

namespace Site.Compute.Changes;

/// <summary>Warns about schools that were not in the last published build, so staff check them before publishing; a warning never fails the build.</summary>
public static class NewSchoolWarnings
{
    public static void Add(Dataset dataset, byte[]? publishedManifest, JsonSerializerOptions options, DiagnosticBag diagnostics)
    {
        if (ManifestJson.TryRead(publishedManifest, options) is not { } published)
        {
            return;
        }

        var known = published.Schools.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var school in dataset.Schools.Where(s => !known.Contains(s.Code)))
        {
            diagnostics.Warning(new SourceRef("schools.csv", 0), $"school {school.Code} ({school.Name}) is new since the last published build", fix: "check its district and organizer before publishing");
        }
    }
}
