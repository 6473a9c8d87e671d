using Site.Diagnostics;

namespace Site.Model.Municipal;

/// <summary>
/// The rows of every municipality report, one per report kind, municipality, period and organizer: two files giving the
/// same row is an error naming both places (the newer download belongs in the folder, not beside the older one).
/// </summary>
public static class MunicipalMerger
{
    public static IReadOnlyList<MunicipalRow> Merge(IReadOnlyList<MunicipalFile> files, DiagnosticBag diagnostics)
    {
        var kept = new Dictionary<(MunicipalReportKind, string, string, string), MunicipalRow>();
        foreach (var row in files.SelectMany(f => f.Rows))
        {
            var key = (row.Kind, row.MunicipalityCode, row.Period, row.Organizer);
            if (kept.TryGetValue(key, out var first))
            {
                diagnostics.Error(
                    row.Source,
                    $"municipality {row.MunicipalityCode} ({row.Organizer}, {row.Period}) is given twice (first at "
                    + $"{first.Source})",
                    row.MunicipalityName,
                    "keep one download per report and period in municipalities/");
                continue;
            }

            kept[key] = row;
        }

        // By the kind's number, the order of its values: the runtime's comparer of an enum boxed both values of every
        // comparison in the published build (5 MB of Stockholm's load).
        return kept.Values
            .OrderBy(r => (int)r.Kind)
            .ThenBy(r => r.MunicipalityCode, StringComparer.Ordinal)
            .ThenBy(r => r.Period, StringComparer.Ordinal)
            .ThenBy(r => r.Organizer, StringComparer.Ordinal)
            .ToList();
    }
}
