namespace Site.Compute.Views;

/// <summary>"Vad har ändrats": what changed since the previously published build.</summary>
public sealed record ChangesPageView(PageMeta Meta, FrameView Frame, string Summary, IReadOnlyList<TableView> Sections);
