namespace Site.Compute.Views;

/// <summary>A source file behind a page's figures.</summary>
public sealed record SourceView(string FileName, string ReportName);
