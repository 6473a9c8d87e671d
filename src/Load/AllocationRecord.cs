namespace Site.Load;

/// <summary>One line of an allocation file, as text.</summary>
public sealed class AllocationRecord
{
    public string SchoolCode { get; set; } = "";

    public string SchoolYear { get; set; } = "";

    public string SocioeconomicIndex { get; set; } = "";

    public string SekPerPupil { get; set; } = "";

    public string Pupils { get; set; } = "";
}
