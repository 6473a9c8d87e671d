namespace Site.Model;

/// <summary>A results file the site was built from: what it is and which school years it holds.</summary>
public sealed record SourceFile(string Path, string ReportName, IReadOnlyList<SchoolYear> Years, string? Published = null, string? Retrieved = null);
