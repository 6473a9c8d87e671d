namespace Site.Compute.Views;

/// <summary>A source file behind a page's figures, with the rows used.</summary>
public sealed record SourceView(string FileName, string ReportName, string Lines);
