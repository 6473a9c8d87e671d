using Site.Compute.Views;

namespace Site.Compute;

public static class Labels
{
    /// <summary>The notes for the markers that appear among the cells, in a fixed order.</summary>
    public static IReadOnlyList<MarkerNoteView> NotesFor(Texts.Texts t, IEnumerable<CellView> cells)
    {
        var present = cells.Select(c => c.Marker).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return new[] { "..", ".", "~100" }
            .Where(present.Contains)
            .Select(m => new MarkerNoteView(m, t.MarkerExplanation(m)))
            .ToList();
    }
}
