using Site.Model;

namespace Site.Compute.Analysis;

/// <summary>
/// The trend of one published series: an area's or a school's values, a district's gap to the city, or the
/// socioeconomic gap, over every school year, with one method in all of them. For a gap, <see cref="GapVerdict"/> says
/// whether its size narrows or widens.
/// </summary>
/// <param name="Area">"city", a district's slug, or a school's code.</param>
public sealed record SeriesTrend(
    AreaLevel Level,
    string Area,
    OrganizerSplit Organizer,
    Measure Measure,
    TrendQuantity Quantity,
    MeanMethod Method,
    Trend Trend,
    TrendVerdict? GapVerdict);
