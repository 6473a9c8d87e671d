namespace Site.Load;

/// <summary>A Markdown page from input/ (Swedish) or input/en/ (English): its file name without extension becomes its
/// URL slug.</summary>
public sealed record MarkdownSource(string Slug, string Path, string Text, Compute.Texts.Language Language);
