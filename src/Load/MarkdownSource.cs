namespace Site.Load;

/// <summary>A Markdown page from input/: its file name without extension becomes its URL slug.</summary>
public sealed record MarkdownSource(string Slug, string Path, string Text);
