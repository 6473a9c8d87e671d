namespace Site.Compute.Views;

/// <summary>The 404 page.</summary>
public sealed record NotFoundPageView(PageMeta Meta, FrameView Frame);
