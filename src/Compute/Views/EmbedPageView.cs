namespace Site.Compute.Views;

/// <summary>The page that shows one chart in another site's frame; which chart is in its address.</summary>
public sealed record EmbedPageView(FrameView Frame);
