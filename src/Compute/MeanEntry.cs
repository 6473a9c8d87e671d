using Site.Model;

namespace Site.Compute;

/// <summary>One school's contribution to an area mean: its value (or marker) and its pupil count where known.</summary>
public sealed record MeanEntry(string SchoolCode, ResultValue Value, int? Pupils);
