using Site.Model;

namespace Site.Compute.Analysis;

/// <summary>A school's actual value beside what its pupils' background predicts, with the 95 % interval around the residual.</summary>
public sealed record ExpectedResult(string SchoolCode, SchoolYear Year, Measure Measure, decimal Actual, decimal Expected, decimal Residual, decimal IntervalLow, decimal IntervalHigh, ExpectedLabel Label);
