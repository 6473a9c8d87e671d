using Site.Load;
using Site.Model;

namespace Site.Tests;

public static class SiteTestValues
{
    /// <summary>"283,2", "..", "." or "~100" as a value, the way Skolverket writes it.</summary>
    public static ResultValue Parse(string text) =>
        SwedishNumberParser.ParseCell(text) ?? throw new ArgumentException($"not a cell: {text}", nameof(text));
}
