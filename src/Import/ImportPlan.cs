using System.Globalization;
using Site.Diagnostics;
using Site.Load;
using Site.Model;

namespace Site.Import;

/// <summary>Pure: turns saved API responses (and the registry as it stands) into the rows of a tidy results file and of
/// schools.csv.</summary>
public static class ImportPlan
{
    public static IReadOnlyList<IReadOnlyList<string>> TidyRows(IReadOnlyList<ResultRow> results) =>
        results
            .OrderBy(r => r.SchoolCode, StringComparer.Ordinal)
            .ThenBy(r => r.Year)
            .ThenBy(r => r.Measure)
            .Select(r => (IReadOnlyList<string>)
            [
                r.SchoolCode,
                r.Year.Label,
                MeasureInfo.Of(r.Measure).Code,
                ValueStatusCodes.TidyCode(r.Value.Status),
                r.Value.Number?.ToString(CultureInfo.InvariantCulture) ?? "",
            ])
            .ToList();

    /// <summary>The staff, test and eligibility rows, in the same tidy shape and order as the results.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> TidyMetricRows(IReadOnlyList<MetricRow> metrics) =>
        metrics
            .OrderBy(r => r.SchoolCode, StringComparer.Ordinal)
            .ThenBy(r => r.Year)
            .ThenBy(r => r.Metric)
            .Select(r => (IReadOnlyList<string>)
            [
                r.SchoolCode,
                r.Year.Label,
                SchoolMetricInfo.Of(r.Metric).Code,
                ValueStatusCodes.TidyCode(r.Value.Status),
                r.Value.Number?.ToString(CultureInfo.InvariantCulture) ?? "",
            ])
            .ToList();

    /// <summary>API schools replace registry rows with the same code, keeping the hand-set district and successor;
    /// other rows stay.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> RegistryRows(
        IReadOnlyList<ApiSchoolUnit> units,
        IReadOnlyList<SchoolRecord> existing,
        DiagnosticBag diagnostics)
    {
        var rows = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var record in existing)
        {
            rows[record.Code] = [
                record.Code,
                record.Name,
                record.MunicipalityCode,
                OrganizerTypeCodes.Code(record.Organizer),
                Degrees(record.Latitude),
                Degrees(record.Longitude),
                record.DistrictOverride ?? "",
                record.SuccessorCode ?? ""];
        }

        foreach (var unit in units)
        {
            var organizer = OrganizerTypeCodes.FromSkolverket(unit.OrganizerText);
            if (organizer is null)
            {
                diagnostics.Error(
                    new SourceRef(unit.Path, 1),
                    $"school {unit.Code}: principalOrganizerType is neither Kommunal nor Fristående",
                    unit.OrganizerText,
                    "add the school to schools.csv by hand");
                continue;
            }

            var kept = existing.FirstOrDefault(r => r.Code == unit.Code);
            rows[unit.Code] = [
                unit.Code,
                unit.Name.Trim(),
                unit.MunicipalityCode,
                OrganizerTypeCodes.Code(organizer.Value),
                unit.Latitude,
                unit.Longitude,
                kept?.DistrictOverride ?? "",
                kept?.SuccessorCode ?? ""];
        }

        return rows.Values.ToList();
    }

    private static string Degrees(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";
}
