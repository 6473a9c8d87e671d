namespace Site.Compute.Views;

/// <summary>A link: its text and its site-relative href.</summary>
public sealed record LinkView(string Text, string Href);
