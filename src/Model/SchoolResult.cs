namespace Site.Model;

/// <summary>A school's value for one year and measure, with every source row that gave it.</summary>
public sealed record SchoolResult(string SchoolCode, SchoolYear Year, Measure Measure, ResultValue Value, IReadOnlyList<SourceRef> Sources);
