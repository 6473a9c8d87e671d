namespace Site.Model;

/// <summary>One workbook of Skolverket's municipality report, as read: its publication (newest school year) and
/// figures.</summary>
public sealed record OfficialReport(
    string Path,
    string ReportName,
    SchoolYear Publication,
    IReadOnlyList<OfficialFigure> Figures)
{
    public string? Published { get; init; }

    public string? Retrieved { get; init; }

    /// <summary>
    /// The school years of every figure in the workbook, also of the municipalities a site leaves out
    /// (<see cref="Only"/>): what the report covers, as its source is listed.
    /// </summary>
    public IReadOnlyList<SchoolYear> Years { get; init; } = [.. Figures.Select(f => f.Year).Distinct().Order()];

    /// <summary>The report with only the figures of the municipalities the site publishes; its years stay.</summary>
    public OfficialReport Only(Func<string, bool> publishes) =>
        this with { Figures = [.. Figures.Where(f => publishes(f.MunicipalityCode))] };
}
