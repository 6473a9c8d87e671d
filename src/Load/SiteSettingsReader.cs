using System.Text.Json;
using Site.Diagnostics;
using Site.Model;

namespace Site.Load;

/// <summary>Reads data/site.json strictly: unknown keys and missing settings are errors.</summary>
public static class SiteSettingsReader
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public static SiteSettings? Read(string path, string text, DiagnosticBag diagnostics)
    {
        SiteSettingsRecord? record;
        try
        {
            record = JsonSerializer.Deserialize<SiteSettingsRecord>(text, Options);
        }
        catch (JsonException ex)
        {
            diagnostics.Error(new SourceRef(path, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1), $"not valid settings JSON: {ex.Message.Split(" Path:")[0]}", fix: "see data/README.md for the keys of site.json");
            return null;
        }

        var where = new SourceRef(path, 1);
        if (record is null)
        {
            diagnostics.Error(where, "the settings file is empty");
            return null;
        }

        var ok = Require(record.Title, "title", where, diagnostics)
            & Require(record.BaseUrl, "baseUrl", where, diagnostics)
            & Require(record.AreaName, "areaName", where, diagnostics)
            & Require(record.DistrictsFile, "districtsFile", where, diagnostics)
            & Require(record.DistrictNameProperty, "districtNameProperty", where, diagnostics);
        if (record.Municipalities is not { Count: > 0 } municipalities || municipalities.Any(m => m.Length != 4 || !m.All(char.IsAsciiDigit)))
        {
            diagnostics.Error(where, "municipalities must list 4-digit municipality codes", record.Municipalities is null ? null : string.Join(",", record.Municipalities), "for Stockholm: \"municipalities\": [\"0180\"]");
            ok = false;
        }

        if (record.DistrictsFile is { } file && (Path.IsPathRooted(file) || file.Split('/', '\\').Contains("..")))
        {
            diagnostics.Error(where, "districtsFile must be a path inside the data folder", file);
            ok = false;
        }

        return ok
            ? new SiteSettings(record.Title!, record.EnglishTitle, record.BaseUrl!.TrimEnd('/'), record.AreaName!, record.Municipalities!.Order(StringComparer.Ordinal).ToList(), record.DistrictsFile!, record.DistrictNameProperty!)
            : null;
    }

    private static bool Require(string? value, string key, SourceRef where, DiagnosticBag diagnostics)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        diagnostics.Error(where, $"the setting '{key}' is missing", fix: "see data/README.md for the keys of site.json");
        return false;
    }
}
