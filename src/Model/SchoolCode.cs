namespace Site.Model;

/// <summary>Skolverket's school-unit code (skolenhetskod): exactly eight ASCII digits.</summary>
public static class SchoolCode
{
    public static bool IsValid(string code) => code.Length == 8 && code.All(char.IsAsciiDigit);
}
