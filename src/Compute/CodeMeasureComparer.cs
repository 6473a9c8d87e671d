using Site.Model;

namespace Site.Compute;

/// <summary>
/// Equality of a school's code and a measure as a look-up key, compared as text and number. The default comparer of
/// such a tuple ran, in the published program's shared generic code, through a comparison that boxed the measure: 4
/// MB of a changed cell's garbage, from the comparison page's look-ups of every school's trends.
/// </summary>
public sealed class CodeMeasureComparer : IEqualityComparer<(string Code, Measure Measure)>
{
    public static readonly CodeMeasureComparer Instance = new();

    public bool Equals((string Code, Measure Measure) x, (string Code, Measure Measure) y) =>
        x.Measure == y.Measure && string.Equals(x.Code, y.Code, StringComparison.Ordinal);

    public int GetHashCode((string Code, Measure Measure) key) =>
        HashCode.Combine(StringComparer.Ordinal.GetHashCode(key.Code), (int)key.Measure);
}
