namespace Site.Compute.Views;

/// <summary>A page written in Markdown under input/, already turned into HTML.</summary>
public sealed record ContentPageView(PageMeta Meta, FrameView Frame, string Html);
