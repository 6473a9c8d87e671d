namespace Site.Model;

/// <summary>What one results file holds: its report name, its school years and its rows.</summary>
public sealed record ResultsFile(
    string Path,
    string ReportName,
    IReadOnlyList<SchoolYear> Years,
    IReadOnlyList<ResultRow> Results,
    IReadOnlyList<PupilCountRow> PupilCounts,
    IReadOnlyList<ExportSchoolRow> Schools,
    string? Published = null,
    string? Retrieved = null,
    bool Unsuppressed = false);
