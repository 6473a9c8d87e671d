using Site.Model;

namespace Site.Compute.Data;

/// <summary>One row of school_results.csv: a school's published value with its pupils and what it puts into the
/// means.</summary>
public sealed record SchoolResultLine(School School, SchoolResult Result, int? Pupils, MeanEntry? Entry);
