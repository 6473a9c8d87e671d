namespace Site.Model;

/// <summary>The three kinds of <see cref="SchoolMetric"/>, each with its own table on a school's page.</summary>
public enum MetricGroup
{
    /// <summary>Teachers and special-needs staff, per school year (the autumn count).</summary>
    Staff,
    /// <summary>Average national-test grade in grade 9, 0–20.</summary>
    NationalTest,
    /// <summary>Shares eligible for the upper-secondary preparatory programmes.</summary>
    Eligibility,
}
