namespace Site.Compute.Analysis;

/// <summary>One of a school's most alike schools by intake: its rank (1 = most alike) and the distance between
/// them.</summary>
/// <param name="Distance">In percentage points: √(Δ parents with post-secondary education² + Δ foreign background²),
/// from the published shares, rounded once to one decimal.</param>
public sealed record SimilarSchool(string SchoolCode, int Rank, string SimilarCode, decimal Distance);
