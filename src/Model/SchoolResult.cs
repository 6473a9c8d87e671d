namespace Site.Model;

/// <summary>A school's value for one year and measure, with every source row that gave it.</summary>
public sealed record SchoolResult(string SchoolCode, SchoolYear Year, Measure Measure, ResultValue Value, IReadOnlyList<SourceRef> Sources)
{
    /// <summary>The order of a school's rows: by year, then measure. The dataset keeps them so, and searches them so.</summary>
    public static int Order(SchoolYear year, Measure measure, SchoolYear otherYear, Measure otherMeasure) =>
        year != otherYear ? year.CompareTo(otherYear) : ((int)measure).CompareTo((int)otherMeasure);
}
