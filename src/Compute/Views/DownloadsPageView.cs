namespace Site.Compute.Views;

/// <summary>The /data/ page: every published CSV file and what it holds.</summary>
public sealed record DownloadsPageView(
    PageMeta Meta,
    FrameView Frame,
    TableView Files,
    IReadOnlyList<TableView> Dictionary,
    TableView Sources,
    TableView Provenance);
