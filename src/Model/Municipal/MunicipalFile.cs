namespace Site.Model.Municipal;

/// <summary>A municipality report as read: its kind, name, period and rows, with its dates from the sidecar.</summary>
public sealed record MunicipalFile(
    string Path,
    MunicipalReportKind Kind,
    string ReportName,
    string Period,
    IReadOnlyList<MunicipalRow> Rows)
{
    public string? Published { get; init; }

    public string? Retrieved { get; init; }
}
