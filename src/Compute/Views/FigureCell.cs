using Site.Model;

namespace Site.Compute.Views;

/// <summary>
/// A cell of a generic table: a number (optionally signed, with a unit suffix), one of Skolverket's markers, a short
/// text, or nothing (all null: shown as a dash).
/// </summary>
public sealed record FigureCell(
    decimal? Number = null,
    int Decimals = 1,
    bool Signed = false,
    string? Marker = null,
    string? Text = null,
    string? Note = null)
{
    public static readonly FigureCell Empty = new();

    public static FigureCell Of(decimal? number, int decimals = 1, string? note = null) =>
        new(number, decimals, Note: note);

    public static FigureCell Gap(decimal? number, int decimals = 1) => new(number, decimals, Signed: true);

    public static FigureCell Words(string text) => new(Text: text);

    /// <summary>Words that link somewhere (a file to download).</summary>
    public static FigureCell Link(string text, string href) => new(Text: text) { Href = href };

    public string? Href { get; init; }

    /// <summary>What the marker means where it differs from the results' meaning (a teacher figure's '..').</summary>
    public string? MarkerNote { get; init; }

    public static FigureCell From(CellView cell, int decimals = 1) => new(cell.Number, decimals, Marker: cell.Marker);

    /// <summary>
    /// A published value as a cell, as <c>From(CellView.From(value))</c> but without the cell view between: a national
    /// build's school pages made 1.4 million of each.
    /// </summary>
    public static FigureCell From(ResultValue? value, int decimals = 1) =>
        value is not { } v ? new(null, decimals) : new(v.Number, decimals, Marker: CellView.MarkerOf(v));
}
