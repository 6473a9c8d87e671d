using Site.Diagnostics;
using Site.Model;

namespace Site.Load;

/// <summary>
/// Where a result sheet of the municipality report has its columns: the municipality's name and code, the Uppgift (the
/// indicator) and one column per school year, found by their names in the header row. A header the reader cannot trust
/// (a name twice, a required column missing) is an error that names the sheet, row and column; a column it does not
/// know is reported and not read.
/// </summary>
internal sealed record OfficialSheetLayout(
    int Name, int Code, int Indicator, IReadOnlyList<(int Column, SchoolYear Year)> Years)
{
    private static readonly string[] Required = ["kommun", "kommunkod", "uppgift"];

    public static OfficialSheetLayout? Find(string where, int index, object?[] header, DiagnosticBag diagnostics)
    {
        var named = new Dictionary<string, int>(StringComparer.Ordinal);
        var years = new List<(int, SchoolYear)>();
        for (var c = 0; c < header.Length; c++)
        {
            var text = OfficialReportReader.Text(header, c);
            var normal = ExportColumnMatcher.Normalise(text);
            if (SchoolYear.TryParse(text) is { } year)
            {
                if (years.Any(y => y.Item2 == year))
                {
                    diagnostics.Error(
                        new SourceRef(where, index + 1, c + 1),
                        "two columns for the same school year",
                        text,
                        "keep the report's header as Skolverket wrote it");
                    return null;
                }

                years.Add((c, year));
            }
            else if (normal is "kommun" or "kommunkod" or "uppgift" or "län" or "länskod")
            {
                if (!named.TryAdd(normal, c))
                {
                    diagnostics.Error(
                        new SourceRef(where, index + 1, c + 1),
                        "two columns mean the same thing",
                        text,
                        "remove one of them");
                    return null;
                }
            }
            else if (text.Length > 0)
            {
                diagnostics.Warning(
                    new SourceRef(where, index + 1, c + 1),
                    "a column the site does not recognise is not read",
                    text,
                    "the report's columns are Kommun, Kommunkod, Län, Länskod, Uppgift and one per school year");
            }
        }

        var missing = Required.Where(r => !named.ContainsKey(r)).ToList();
        if (missing.Count > 0 || years.Count == 0)
        {
            var what = missing.Count > 0 ? string.Join(", ", missing) : "a school year (2024/25)";
            diagnostics.Error(
                new SourceRef(where, index + 1),
                $"the header lacks {what}",
                string.Join(" | ", header.Select((_, c) => OfficialReportReader.Text(header, c))),
                "keep the report's header as Skolverket wrote it");
            return null;
        }

        return new OfficialSheetLayout(named["kommun"], named["kommunkod"], named["uppgift"], years);
    }
}
