using Site.Compute.Views;
using Site.Model;

namespace Site.Compute;

public static class AllocationNotices
{
    /// <summary>The notice for illustrative amounts; null for real allocation files, which need none.</summary>
    public static AllocationNoticeView? For(Dataset dataset) =>
        dataset.Allocation is { Illustrative: true } info
            ? new AllocationNoticeView(info.Notes)
            {
                EnglishNotes = info.Notes
                    .Select((n, i) => i < info.EnglishNotes.Count && info.EnglishNotes[i] != n
                        ? info.EnglishNotes[i]
                        : null)
                    .ToList(),
            }
            : null;
}
