using Site.Compute.Analysis;
using Site.Model;

namespace Site.Compute.Data;

/// <summary>The words the published files use for the model's values, each written in one place.</summary>
public static class Codes
{
    public static string Method(MeanMethod method) =>
        method == MeanMethod.PupilWeighted ? "pupil_weighted" : "unweighted";

    public static string Label(ExpectedLabel label) => label switch
    {
        ExpectedLabel.ClearlyAbove => "clearly_above",
        ExpectedLabel.ClearlyBelow => "clearly_below",
        _ => "within_expected",
    };

    public static string Basis(BoundBasis basis) => basis switch
    {
        BoundBasis.Count => "count",
        BoundBasis.NearestYear => "nearest_year_count",
        BoundBasis.Median => "median_count",
        BoundBasis.Minimum => "smallest_published_group",
        _ => "",
    };

    public static string Level(AreaLevel level) => level switch
    {
        AreaLevel.City => "city",
        AreaLevel.District => "district",
        _ => "school",
    };

    public static string Quantity(TrendQuantity quantity) => quantity switch
    {
        TrendQuantity.GapToCity => "gap_to_city",
        TrendQuantity.SocioeconomicGap => "socioeconomic_gap",
        _ => "value",
    };

    public static string Verdict(TrendVerdict verdict) => verdict switch
    {
        TrendVerdict.Increasing => "increasing",
        TrendVerdict.Decreasing => "decreasing",
        TrendVerdict.TooFewYears => "too_few_years",
        _ => "no_clear_change",
    };

    public static string GapVerdict(TrendVerdict verdict) => verdict switch
    {
        TrendVerdict.Increasing => "widening",
        TrendVerdict.Decreasing => "narrowing",
        TrendVerdict.TooFewYears => "too_few_years",
        _ => "no_clear_change",
    };

    public static string Organizer(OrganizerType? organizer) => organizer switch
    {
        OrganizerType.Municipal => "municipal",
        OrganizerType.Independent => "independent",
        _ => "all",
    };

    public static string Boolean(bool value) => value ? "true" : "false";

    /// <summary>A number to the given decimals, or Skolverket's marker.</summary>
    public static string Cell(ResultValue value, int decimals = 1) =>
        value.Number is { } n ? Invariant.Number(n, decimals) : ValueStatusCodes.Marker(value.Status);
}
