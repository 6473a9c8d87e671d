namespace Site.Model;

/// <summary>
/// A school's grade-9 pupil count for a year (a number, or '..' when Skolverket withholds it). A value, not an object,
/// as <see cref="SchoolResult"/> is: a national dataset holds 68,178 of them in its schools' lists.
/// </summary>
public readonly record struct PupilCount(string SchoolCode, SchoolYear Year, ResultValue Count, SourceRef Source);
