namespace Site.Model;

/// <summary>One workbook of Skolverket's municipality report, as read: its publication (newest school year) and figures.</summary>
public sealed record OfficialReport(string Path, string ReportName, SchoolYear Publication, IReadOnlyList<OfficialFigure> Figures)
{
    public string? Published { get; init; }

    public string? Retrieved { get; init; }
}
