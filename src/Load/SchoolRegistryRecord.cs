namespace Site.Load;

/// <summary>One line of schools.csv, as text.</summary>
public sealed class SchoolRegistryRecord
{
    public string SchoolCode { get; set; } = "";

    public string Name { get; set; } = "";

    public string MunicipalityCode { get; set; } = "";

    public string OrganizerType { get; set; } = "";

    public string Lat { get; set; } = "";

    public string Lon { get; set; } = "";

    public string District { get; set; } = "";

    public string SuccessorCode { get; set; } = "";
}
