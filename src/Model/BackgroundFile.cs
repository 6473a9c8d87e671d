namespace Site.Model;

/// <summary>One background export: its report name, school year and rows.</summary>
public sealed record BackgroundFile(string Path, string ReportName, SchoolYear Year, IReadOnlyList<BackgroundRow> Rows)
{
    public string? Published { get; init; }

    public string? Retrieved { get; init; }
}
