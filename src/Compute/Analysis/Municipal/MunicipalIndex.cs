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
    }

    public MunicipalAnalysis Analysis { get; }

    /// <summary>The periods a report has figures for, oldest first.</summary>
    public IReadOnlyList<string> Periods(MunicipalReportKind kind) =>
        Analysis.Figures.Where(f => f.Kind == kind).Select(f => f.Period).Distinct().Order(StringComparer.Ordinal).ToList();

    public MunicipalFigure? Figure(MunicipalReportKind kind, string column, string municipality, string period, string organizer = "all") =>
        figures.GetValueOrDefault((kind, column, municipality, period, organizer));

    public Association? Line(string key) => Analysis.Lines.FirstOrDefault(l => l.Key == key);
}
