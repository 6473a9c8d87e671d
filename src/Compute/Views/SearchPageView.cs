namespace Site.Compute.Views;

/// <summary>The search page; without JavaScript it offers the districts and the A–Ö list instead.</summary>
public sealed record SearchPageView(PageMeta Meta, FrameView Frame, IReadOnlyList<LinkView> Districts);
