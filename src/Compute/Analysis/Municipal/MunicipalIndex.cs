using Site.Compute.Analysis.Staff;
using Site.Model.Municipal;

namespace Site.Compute.Analysis.Municipal;

/// <summary>The municipal analysis keyed for the page builders.</summary>
public sealed class MunicipalIndex
{
    private readonly Dictionary<(MunicipalReportKind, string, string, string, string), MunicipalFigure> figures;

    public MunicipalIndex(MunicipalAnalysis analysis)
    {
        Analysis = analysis;
        figures = analysis.Figures.ToDictionary(f => (f.Kind, f.Column, f.MunicipalityCode, f.Period, f.Organizer));
        periods = analysis.Figures
            .GroupBy(f => f.Kind)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<string>)g.Select(f => f.Period).Distinct().Order(StringComparer.Ordinal).ToList());
        lines = analysis.Lines.ToDictionary(l => l.Key, StringComparer.Ordinal);
    }

    private readonly Dictionary<MunicipalReportKind, IReadOnlyList<string>> periods;
    private readonly Dictionary<string, Association> lines;

    public MunicipalAnalysis Analysis { get; }

    /// <summary>The periods a report has figures for, oldest first.</summary>
    public IReadOnlyList<string> Periods(MunicipalReportKind kind) => periods.GetValueOrDefault(kind) ?? [];

    public MunicipalFigure? Figure(
        MunicipalReportKind kind,
        string column,
        string municipality,
        string period,
        string organizer = "all") =>
        figures.GetValueOrDefault((kind, column, municipality, period, organizer));

    public Association? Line(string key) => lines.GetValueOrDefault(key);
}
