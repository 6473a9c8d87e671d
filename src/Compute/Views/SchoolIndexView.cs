namespace Site.Compute.Views;

/// <summary>The A–Ö list of all schools, grouped by initial letter.</summary>
public sealed record SchoolIndexView(PageMeta Meta, FrameView Frame, IReadOnlyList<SchoolIndexGroup> Groups);
