namespace Site.Model;

/// <summary>Skolverket's school-unit code (skolenhetskod): exactly eight ASCII digits.</summary>
public static class SchoolCode
{
    // A loop over the span, not LINQ over the string: it is asked for every row of every file read. Nor
    // ContainsAnyExceptInRange: the published program ran that through code that boxed each char (6 MB of garbage
    // nationally).
    public static bool IsValid(ReadOnlySpan<char> code)
    {
        if (code.Length != 8)
        {
            return false;
        }

        foreach (var c in code)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
