namespace Site.Model;

/// <summary>A school's grade-9 pupil count for a year (a number, or '..' when Skolverket withholds it).</summary>
public sealed record PupilCount(string SchoolCode, SchoolYear Year, ResultValue Count, SourceRef Source);
