namespace Site.Compute.Views;

/// <summary>An area mean ready to show: the value and what it covers.</summary>
public sealed record MeanView(decimal? Value, bool PupilWeighted, int SchoolsIncluded, int SchoolsTotal, int? PupilsIncluded, int? PupilsTotal)
{
    public static MeanView From(AreaMean mean) =>
        new(mean.Value, mean.Method == MeanMethod.PupilWeighted, mean.SchoolsIncluded, mean.SchoolsTotal, mean.PupilsIncluded, mean.PupilsTotal);
}
