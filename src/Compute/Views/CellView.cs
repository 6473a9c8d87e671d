using Site.Model;

namespace Site.Compute.Views;

/// <summary>A table cell: a number, one of Skolverket's markers, or nothing when there is no row (both null).</summary>
public sealed record CellView(decimal? Number, string? Marker)
{
    public static readonly CellView None = new(null, null);

    public static CellView From(ResultValue? value) =>
        value is not { } v ? None : new CellView(v.Number, MarkerOf(v));

    /// <summary>
    /// The marker a value is shown with: none for a published number, else Skolverket's ('..', '~100').
    /// </summary>
    public static string? MarkerOf(ResultValue value) =>
        value.Status == ValueStatus.Reported ? null : ValueStatusCodes.Marker(value.Status);
}
