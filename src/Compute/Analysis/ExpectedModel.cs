using Site.Model;

namespace Site.Compute.Analysis;

/// <summary>The regression of one year's and measure's school values on the background shares, for the methodology and
/// the pages.</summary>
public sealed record ExpectedModel(SchoolYear Year, Measure Measure, LinearModel Model)
{
    public MeanMethod Method => Model.Weighted ? MeanMethod.PupilWeighted : MeanMethod.Unweighted;
}
