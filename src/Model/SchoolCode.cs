namespace Site.Model;

/// <summary>Skolverket's school-unit code (skolenhetskod): exactly eight ASCII digits.</summary>
public static class SchoolCode
{
    // A span search, not LINQ over the string: it is asked for every row of every file read.
    public static bool IsValid(ReadOnlySpan<char> code) => code.Length == 8 && !code.ContainsAnyExceptInRange('0', '9');
}
