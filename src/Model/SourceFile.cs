namespace Site.Model;

/// <summary>A results file the site was built from: what it is and which school years it holds.</summary>
public sealed record SourceFile(
    string Path,
    string ReportName,
    IReadOnlyList<SchoolYear> Years,
    string? Published = null,
    string? Retrieved = null)
{
    /// <summary>The report name of the tidy file that <c>import</c> makes from the API responses.</summary>
    public const string ApiReportName = "Skolverket, planned-educations API (statistics/gr)";

    public SourceKind Kind { get; init; } = ReportName == ApiReportName ? SourceKind.Api : SourceKind.Export;
}
