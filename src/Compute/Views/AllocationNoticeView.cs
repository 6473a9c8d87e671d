namespace Site.Compute.Views;

/// <summary>Shown next to every allocation figure when the amounts are illustrative: why, and how they were made.</summary>
public sealed record AllocationNoticeView(IReadOnlyList<string> Notes);
