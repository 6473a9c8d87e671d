namespace Site.Load;

/// <summary>One line of a tidy results file, as text.</summary>
public sealed class TidyResultRecord
{
    public string SchoolCode { get; set; } = "";

    public string SchoolYear { get; set; } = "";

    public string Measure { get; set; } = "";

    public string Status { get; set; } = "";

    public string Value { get; set; } = "";
}
