using System.Text.Json;
using Site.Diagnostics;
using Site.Model;

namespace Site.Load;

/// <summary>Reads data/site.json strictly: unknown keys and missing settings are errors.</summary>
public static class SiteSettingsReader
{
    public static SiteSettings? Read(string path, string text, DiagnosticBag diagnostics)
    {
        SiteSettingsRecord? record;
        try
        {
            record = JsonSerializer.Deserialize<SiteSettingsRecord>(text, InputJson.WithComments);
        }
        catch (JsonException ex)
        {
            diagnostics.Error(
                new SourceRef(path, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1),
                $"not valid settings JSON: {ex.Message.Split(" Path:")[0]}",
                fix: "see data/README.md for the keys of site.json");
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
            & Require(record.AreaName, "areaName", where, diagnostics);
        if (record.DistrictsFile is not null)
        {
            ok &= Require(record.DistrictNameProperty, "districtNameProperty", where, diagnostics);
        }

        var (municipalities, all) = Municipalities(record.Municipalities);
        if (municipalities is null)
        {
            diagnostics.Error(
                where,
                "municipalities must be a 4-digit municipality code, a list of them, or \"all\"",
                record.Municipalities?.GetRawText(),
                "for Stockholm: \"municipalities\": [\"0180\"]; for the whole country: \"municipalities\": \"all\"");
            ok = false;
        }

        if (record.DistrictsFile is { } file && (Path.IsPathRooted(file) || file.Split('/', '\\').Contains("..")))
        {
            diagnostics.Error(where, "districtsFile must be a path inside the data folder", file);
            ok = false;
        }

        return ok
            ? new SiteSettings(
                record.Title!,
                record.EnglishTitle,
                record.BaseUrl!.TrimEnd('/'),
                record.AreaName!,
                municipalities!,
                all,
                record.DistrictsFile,
                record.DistrictNameProperty,
                record.EnglishAreaName)
            : null;
    }

    private static (IReadOnlyList<string>? Codes, bool All) Municipalities(JsonElement? value)
    {
        static bool IsCode(string? code) => code is { Length: 4 } && code.All(char.IsAsciiDigit);

        switch (value?.ValueKind)
        {
            case JsonValueKind.String when value.Value.GetString() == "all":
                return ([], true);
            case JsonValueKind.String when IsCode(value.Value.GetString()):
                return ([value.Value.GetString()!], false);
            case JsonValueKind.Array when value.Value.GetArrayLength() > 0 && value.Value
                .EnumerateArray()
                .All(e => e.ValueKind == JsonValueKind.String && IsCode(e.GetString())):
                return (
                    value.Value
                        .EnumerateArray()
                        .Select(e => e.GetString()!)
                        .Distinct()
                        .Order(StringComparer.Ordinal)
                        .ToList(),
                    false);
            default:
                return (null, false);
        }
    }

    private static bool Require(string? value, string key, SourceRef where, DiagnosticBag diagnostics)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        diagnostics.Error(
            where,
            $"the setting '{key}' is missing",
            fix: "see data/README.md for the keys of site.json");
        return false;
    }
}
