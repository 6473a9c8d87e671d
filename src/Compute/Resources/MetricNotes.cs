using Site.Compute.Views;
using Site.Model;

namespace Site.Compute.Resources;

/// <summary>
/// What the markers mean in a staff, test or eligibility table: '..' there is Skolverket's "too small a basis", which
/// for teachers is counted in full-time posts, not pupils; '*' is the teachers' own marker.
/// </summary>
public static class MetricNotes
{
    public static IReadOnlyList<MarkerNoteView> For(Texts.Texts t, MetricGroup group, IEnumerable<FigureCell> cells)
    {
        var present = cells.Select(c => c.Marker).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return new[] { "..", ".", "~100", "*" }
            .Where(present.Contains)
            .Select(m => new MarkerNoteView(m, Explain(t, group, m)))
            .ToList();
    }

    /// <summary>The cell with its marker's meaning in this group, for screen readers.</summary>
    public static FigureCell Cell(Texts.Texts t, MetricGroup group, ResultValue? value) =>
        FigureCell.From(value) is var cell && cell.Marker is { } marker
            ? cell with { MarkerNote = Explain(t, group, marker) }
            : cell;

    private static string Explain(Texts.Texts t, MetricGroup group, string marker) => (group, marker) switch
    {
        (MetricGroup.Staff, "..") => t.Pick(
            "för litet underlag – uppgiften redovisas inte (från läsåret 2024/25 redovisar Skolverket inga "
            + "lärarsiffror som bygger på färre än 3 heltidstjänster)",
            "too small a basis – not published (from 2024/25 Skolverket publishes no teacher figure based on fewer "
            + "than 3 full-time posts)"),
        (MetricGroup.NationalTest, "..") => t.Pick(
            "för få elever skrev provet – uppgiften redovisas inte",
            "too few pupils sat the test – not published"),
        _ => t.MarkerExplanation(marker),
    };
}
