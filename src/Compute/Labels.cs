using Site.Model;

namespace Site.Compute;

/// <summary>The Swedish words the pages use for the model's codes.</summary>
public static class Labels
{
    public static string Organizer(OrganizerType type) => type == OrganizerType.Municipal ? "Kommunal" : "Fristående";

    public static IReadOnlyList<string> MeasureShortLabels { get; } = MeasureInfo.All.Select(m => m.ShortLabel).ToList();

    public static string MarkerExplanation(string marker) => marker switch
    {
        ".." => "färre än 10 elever – uppgiften redovisas inte",
        "." => "uppgift saknas",
        "~100" => "nära 100 procent – det exakta värdet redovisas inte eftersom 1–4 elever saknade det",
        _ => throw new ArgumentOutOfRangeException(nameof(marker), marker, null),
    };

    /// <summary>The notes for the markers that appear among the cells, in a fixed order.</summary>
    public static IReadOnlyList<Views.MarkerNoteView> NotesFor(IEnumerable<Views.CellView> cells)
    {
        var present = cells.Select(c => c.Marker).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return new[] { "..", ".", "~100" }.Where(present.Contains).Select(m => new Views.MarkerNoteView(m, MarkerExplanation(m))).ToList();
    }
}
