using Site.Diagnostics;
using Site.Model;

namespace Site.Load;

/// <summary>
/// The sidecar <c>name.meta.json</c> beside a data file: when Skolverket published it and when it was retrieved.
/// Skolverket's exports carry no date of their own, so without a sidecar a reader cannot tell how old the figures are;
/// validate warns when a date is missing, and the pages say "not recorded" rather than guess.
/// </summary>
public static class SourceDates
{
    public static string PathFor(string dataPath)
    {
        var folder = Path.GetDirectoryName(dataPath) ?? "";
        return Path.Combine(folder, Path.GetFileNameWithoutExtension(dataPath) + ".meta.json");
    }

    public static SourceMeta? Read(
        string dataPath,
        DiagnosticBag diagnostics,
        List<(string Path, string Sha256)> files,
        Func<string, DiagnosticBag, List<(string Path, string Sha256)>, string?> readText)
    {
        var path = PathFor(dataPath);
        return File.Exists(path) && readText(path, diagnostics, files) is { } text
            ? Parse(path, text, diagnostics)
            : null;
    }

    /// <param name="published">Whether the file is one Skolverket publishes (an export or a report) rather than the
    /// site's own conversion of API responses, which has a retrieval date only.</param>
    public static void WarnMissing(string dataPath, SourceMeta? meta, bool published, DiagnosticBag diagnostics)
    {
        var missing = new[] { (
            published && meta?.Published is null,
            "published"), (meta?.Retrieved is null, "retrieved") }
            .Where(m => m.Item1).Select(m => m.Item2).ToList();
        if (missing.Count > 0 && meta?.Unsuppressed != true)
        {
            diagnostics.Warning(
                new SourceRef(PathFor(dataPath), 0),
                $"no {string.Join(" or ", missing)} date for {Path.GetFileName(dataPath)}: the pages will say it is "
                + $"not recorded",
                fix: $"write {Path.GetFileName(PathFor(dataPath))} with {{\"published\": \"yyyy-MM-dd\", "
                    + $"\"retrieved\": \"yyyy-MM-dd\"}} (Skolverket's publication date from its statistics page; the "
                    + $"day you downloaded the file)");
        }
    }

    private static SourceMeta? Parse(string path, string text, DiagnosticBag diagnostics)
    {
        try
        {
            var meta = System.Text.Json.JsonSerializer.Deserialize(text, InputJson.Default.SourceMeta);
            foreach (var date in new[] { meta?.Published, meta?.Retrieved }.OfType<string>())
            {
                if (!DateOnly.TryParseExact(
                    date,
                    "yyyy-MM-dd",
                    System.Globalization.CultureInfo.InvariantCulture,
                    System.Globalization.DateTimeStyles.None,
                    out _))
                {
                    diagnostics.Error(new SourceRef(path, 1), "a date must be written yyyy-MM-dd", date);
                    return null;
                }
            }

            return meta;
        }
        catch (System.Text.Json.JsonException ex)
        {
            diagnostics.Error(
                new SourceRef(path, (int)(ex.LineNumber ?? 0) + 1),
                "not a valid source sidecar",
                fix: "write {\"published\": \"2025-09-30\"} or {\"retrieved\": \"2026-04-21\"}");
            return null;
        }
    }
}
