using CsvHelper.Configuration;

namespace Site.Load;

/// <summary>The school registry, data/schools.csv. The district override and successor columns may be left
/// out.</summary>
public sealed class SchoolRegistryMap : ClassMap<SchoolRegistryRecord>
{
    public SchoolRegistryMap()
    {
        Map(r => r.SchoolCode).Name("school_code");
        Map(r => r.Name).Name("name");
        Map(r => r.MunicipalityCode).Name("municipality_code");
        Map(r => r.OrganizerType).Name("organizer_type");
        Map(r => r.Lat).Name("lat");
        Map(r => r.Lon).Name("lon");
        Map(r => r.District).Name("district").Optional();
        Map(r => r.SuccessorCode).Name("successor_code").Optional();
    }
}
