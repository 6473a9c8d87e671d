namespace Site.Compute;

/// <summary>
/// A mean over an area's schools with its method and coverage: how many schools (and pupils) it includes out of all
/// that had a row. Value is null when no school had a reported number.
/// </summary>
public sealed record AreaMean(decimal? Value, MeanMethod Method, int SchoolsIncluded, int SchoolsTotal, int? PupilsIncluded, int? PupilsTotal);
