using System.Text.Json;
using Site.Diagnostics;
using Site.Model;

namespace Site.Load;

/// <summary>
/// Reads saved responses of Skolverket's planned-educations v4 API: school-units/&lt;code&gt;.json for the registry
/// and statistics-gr/&lt;code&gt;.json for grade-9 results, where each value is {"value": "245,9", "valueType": …,
/// "timePeriod": "2024/25"}.
/// </summary>
public static class ApiResponseReader
{
    private static readonly (string Key, Measure Measure)[] MeasureKeys =
    [
        ("averageGradesMeritRating9thGrade", Measure.MeritValue),
        ("ratioOfPupilsIn9thGradeWithAllSubjectsPassed", Measure.AllSubjectsPassedPct),
        ("ratioOfPupils9thGradeEligibleForNationalProgramYR", Measure.EligibleVocationalPct),
    ];

    /// <summary>Series of the response the site does not publish (grade 6, the rounded pupil total, links): read past
    /// on purpose. Any other key is reported, so that a new series in the API is noticed.</summary>
    private static readonly HashSet<string> UnusedKeys = new(StringComparer.Ordinal)
    {
        "schoolUnit", "docLinks", "_links", "totalNumberOfPupils", "ratioOfPupilsIn6thGradeWithAllSubjectsPassed",
        "averageResultNationalTestsSubjectSVE6thGrade", "averageResultNationalTestsSubjectENG6thGrade",
        "averageResultNationalTestsSubjectMA6thGrade", "averageResultNationalTestsSubjectSVA6thGrade",
    };

    public static ApiResponses Read(string folder, DiagnosticBag diagnostics)
    {
        var units = new List<ApiSchoolUnit>();
        var results = new List<ResultRow>();
        var metrics = new List<MetricRow>();
        var unknown = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            diagnostics.Error(
                new SourceRef(folder, 0),
                "the folder of saved API responses does not exist",
                fix: "pass --api with the folder that holds school-units/ and statistics-gr/");
            return new ApiResponses(units, results, metrics);
        }

        foreach (var path in JsonFiles(Path.Combine(folder, "school-units")))
        {
            if (Parse(path, diagnostics) is { } root)
            {
                ReadSchoolUnit(path, root, units, diagnostics);
            }
        }

        foreach (var path in JsonFiles(Path.Combine(folder, "statistics-gr")))
        {
            if (Parse(path, diagnostics) is { } root)
            {
                ReadStatistics(path, root, results, diagnostics);
                ReadMetrics(path, root, metrics, diagnostics);
                foreach (var key in root.EnumerateObject().Select(p => p.Name).Where(k => !IsKnown(k)))
                {
                    unknown.TryAdd(key, path);
                }
            }
        }

        if (units.Count == 0 && results.Count == 0 && metrics.Count == 0 && !diagnostics.HasErrors)
        {
            diagnostics.Error(
                new SourceRef(folder, 0),
                "no school-units/*.json or statistics-gr/*.json responses found");
        }

        foreach (var (key, path) in unknown)
        {
            diagnostics.Warning(
                new SourceRef(path, 1),
                "a series in the statistics/gr response that the import does not read",
                key,
                "if the site should publish it, add it to SchoolMetricInfo; otherwise to ApiResponseReader.UnusedKeys");
        }

        return new ApiResponses(units, results, metrics);
    }

    private static bool IsKnown(string key) =>
        UnusedKeys.Contains(key)
            || MeasureKeys.Any(m => m.Key == key)
            || SchoolMetricInfo.All.Any(m => m.ApiKey == key);

    private static IEnumerable<string> JsonFiles(string folder) =>
        Directory.Exists(folder) ? Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal) : [];

    private static JsonElement? Parse(string path, DiagnosticBag diagnostics)
    {
        if (TextFileDecoder.Decode(path, File.ReadAllBytes(path), diagnostics) is not { } text)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            diagnostics.Error(
                new SourceRef(path, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1),
                "not valid JSON",
                fix: "save the API response body unchanged");
            return null;
        }
    }

    private static void ReadSchoolUnit(
        string path,
        JsonElement root,
        List<ApiSchoolUnit> units,
        DiagnosticBag diagnostics)
    {
        var code = Text(root, "code");
        if (code is null || !SchoolCode.IsValid(code))
        {
            diagnostics.Error(new SourceRef(path, 1), "the response has no 8-digit 'code'", code);
            return;
        }

        units.Add(
            new ApiSchoolUnit(
                code,
                Text(root, "name") ?? "",
                Text(root, "geographicalAreaCode") ?? "",
                Text(root, "principalOrganizerType") ?? "",
                Text(root, "wgs84_Lat") ?? "",
                Text(root, "wgs84_Long") ?? "",
                path));
    }

    private static void ReadStatistics(
        string path,
        JsonElement root,
        List<ResultRow> results,
        DiagnosticBag diagnostics)
    {
        var code = Text(root, "schoolUnit");
        if (code is null || !SchoolCode.IsValid(code))
        {
            diagnostics.Error(new SourceRef(path, 1), "the response has no 8-digit 'schoolUnit'", code);
            return;
        }

        foreach (var (key, measure) in MeasureKeys)
        {
            if (!root.TryGetProperty(key, out var series) || series.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (var item in series.EnumerateArray())
            {
                var where = new SourceRef(path, 1);
                var period = Text(item, "timePeriod") ?? "";
                if (SchoolYear.TryParse(period) is not { } year)
                {
                    diagnostics.Error(where, $"{key}: timePeriod is not a school year", period);
                    continue;
                }

                if (ParseValue(item, measure, where, key, diagnostics) is { } value)
                {
                    results.Add(new ResultRow(code, null, year, measure, value, where));
                }
            }
        }
    }

    private static void ReadMetrics(string path, JsonElement root, List<MetricRow> metrics, DiagnosticBag diagnostics)
    {
        if (Text(root, "schoolUnit") is not { } code || !SchoolCode.IsValid(code))
        {
            return; // reported once, by ReadStatistics
        }

        foreach (var info in SchoolMetricInfo.All)
        {
            if (!root.TryGetProperty(info.ApiKey, out var series) || series.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (var item in series.EnumerateArray())
            {
                var where = new SourceRef(path, 1);
                var period = Text(item, "timePeriod");
                var type = Text(item, "valueType") ?? "";
                if (period is null && type == "MISSING")
                {
                    continue; // "no data" for no year in particular: there is no row to write
                }

                if (SchoolYear.TryParse(period ?? "") is not { } year)
                {
                    diagnostics.Error(where, $"{info.ApiKey}: timePeriod is not a school year", period ?? "null");
                    continue;
                }

                if (MetricValue(item, info, where, diagnostics) is { } value)
                {
                    metrics.Add(new MetricRow(code, year, info.Metric, value, where));
                }
            }
        }
    }

    private static ResultValue? MetricValue(
        JsonElement item,
        SchoolMetricInfo info,
        SourceRef where,
        DiagnosticBag diagnostics)
    {
        var raw = Text(item, "value") ?? "";
        var type = Text(item, "valueType") ?? "";
        var value = type switch
        {
            "EXISTS" => SwedishNumberParser.ParseNumber(raw.Trim()) is { } n
                ? ResultValue.Reported(n)
                : (ResultValue?)null,
            "OMITTED_DUE_TO_BASED_ON_FEW_PUPILS" => ResultValue.Marker(ValueStatus.Suppressed),
            "MISSING" => ResultValue.Marker(ValueStatus.Missing),
            "ROUNDED_OFF_DUE_TO_FEW_PUPILS_NOT_ELIGIBLE" when info.IsShare && !info.IsStaff => ResultValue.Marker(
                ValueStatus.RoundedNear100),
            "TEACHERS_EXCLUDED_DUE_TO_NO_REQUIRED_LEGITIMATION" when info.IsStaff => ResultValue.Marker(
                ValueStatus.TeachersExcluded),
            _ => null,
        };
        return MetricCellParser.Check(
            value,
            raw,
            info,
            where,
            diagnostics,
            $"valueType {type} with a number with decimal comma");
    }

    private static ResultValue? ParseValue(
        JsonElement item,
        Measure measure,
        SourceRef where,
        string key,
        DiagnosticBag diagnostics)
    {
        var raw = Text(item, "value") ?? "";
        var type = Text(item, "valueType") ?? "";
        switch (type)
        {
            case "EXISTS":
                var number = SwedishNumberParser.ParseNumber(raw.Trim());
                return ResultCellParser.Check(
                    number is { } n ? ResultValue.Reported(n) : null,
                    raw,
                    measure,
                    where,
                    diagnostics,
                    "a number with decimal comma");
            case "OMITTED_DUE_TO_BASED_ON_FEW_PUPILS":
                return ResultValue.Marker(ValueStatus.Suppressed);
            case "MISSING":
                return ResultValue.Marker(ValueStatus.Missing);
            case "ROUNDED_OFF_DUE_TO_FEW_PUPILS_NOT_ELIGIBLE":
                return ResultCellParser.Check(
                    ResultValue.Marker(ValueStatus.RoundedNear100),
                    raw,
                    measure,
                    where,
                    diagnostics,
                    "a share");
            default:
                diagnostics.Error(
                    where,
                    $"{key}: unknown valueType",
                    type,
                    "the reader knows EXISTS, OMITTED_DUE_TO_BASED_ON_FEW_PUPILS, MISSING and "
                    + "ROUNDED_OFF_DUE_TO_FEW_PUPILS_NOT_ELIGIBLE");
                return null;
        }
    }

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object
            && element.TryGetProperty(property, out var value)
            && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
