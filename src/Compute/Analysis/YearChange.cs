using Site.Model;

namespace Site.Compute.Analysis;

/// <summary>
/// An area's change from one school year to the next on a matched panel: only the schools with a value (or '~100') in
/// both years, so that schools opening or closing are not shown as improvement. Both means are rounded once and the
/// change is the difference of the two published means.
/// </summary>
public sealed record YearChange(
    Area Area,
    OrganizerSplit Organizer,
    Measure Measure,
    SchoolYear From,
    SchoolYear To,
    MeanMethod Method,
    int Schools,
    decimal? FromMean,
    decimal? ToMean)
{
    public AreaLevel Level => AreaLevels.Of(Area);

    public decimal? Change => FromMean is { } a && ToMean is { } b ? b - a : null;
}
