using Site.Model;

namespace Site.Load;

/// <summary>A record of raw strings with the line it came from, able to point at any of its columns.</summary>
public sealed record CsvRow<TRecord>(TRecord Record, string Path, int Line, IReadOnlyList<string> Header)
{
    public SourceRef At(string column)
    {
        var index = Header.ToList().IndexOf(column);
        return new SourceRef(Path, Line, index + 1);
    }
}
