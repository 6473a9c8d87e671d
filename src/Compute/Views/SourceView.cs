namespace Site.Compute.Views;

/// <summary>A source file behind a page's figures.</summary>
/// <param name="What">What the file is, exactly (Skolverket's own file, or the site's conversion of API responses),
/// with its dates.</param>
public sealed record SourceView(string FileName, string ReportName, string What = "");
