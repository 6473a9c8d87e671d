namespace Site.Compute.Data;

/// <summary>A column of a published CSV file: its name, Frictionless type, and descriptions in Swedish and English.</summary>
public sealed record DataColumn(string Name, string Type, string Swedish, string English, string? Unit = null)
{
    public bool IsNumeric => Type is "number" or "integer";
}
