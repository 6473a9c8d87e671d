namespace Site.Model;

/// <summary>
/// A school's value for one year and measure, with every source row that gave it: <see cref="Source"/>, and
/// <see cref="More"/> where other files give the same value (the API history and the export overlap in 2024/25).
/// </summary>
/// <remarks>
/// A value, not an object (issue 18, the compact model): a national dataset holds 204,534 of them in its schools'
/// lists. As objects each was a reference, a 56-byte object and a 32-byte list of its one source; inline it is 56
/// bytes.
/// </remarks>
public readonly record struct SchoolResult(
    string SchoolCode, SchoolYear Year, Measure Measure, ResultValue Value, SourceRef Source, SourceRef[]? More = null)
{
    /// <summary>Every source row of the value, <see cref="Source"/> first (made when asked: few read it).</summary>
    public IReadOnlyList<SourceRef> Sources => More is null ? [Source] : [Source, .. More];

    /// <summary>The order of a school's rows: by year, then measure. The dataset keeps them so, and searches them
    /// so.</summary>
    public static int Order(SchoolYear year, Measure measure, SchoolYear otherYear, Measure otherMeasure) =>
        year != otherYear ? year.CompareTo(otherYear) : ((int)measure).CompareTo((int)otherMeasure);
}
