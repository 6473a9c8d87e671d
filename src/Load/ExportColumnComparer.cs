namespace Site.Load;

/// <summary>
/// Compares columns as the numbers they are. With the runtime's comparer for an enum key, the published program boxed
/// both sides of every look-up (RuntimeHelpers.EnumEquals): six look-ups a row made 25 MB of garbage in a national
/// load, where the build's memory is first committed.
/// </summary>
internal sealed class ExportColumnComparer : IEqualityComparer<ExportColumn>
{
    public static readonly ExportColumnComparer Instance = new();

    public bool Equals(ExportColumn x, ExportColumn y) => x == y;

    public int GetHashCode(ExportColumn column) => (int)column;
}
