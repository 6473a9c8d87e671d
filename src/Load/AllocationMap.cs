using CsvHelper.Configuration;

namespace Site.Load;

/// <summary>The allocation format: school_code,school_year,socioeconomic_index,sek_per_pupil[,pupils].</summary>
public sealed class AllocationMap : ClassMap<AllocationRecord>
{
    public AllocationMap()
    {
        Map(r => r.SchoolCode).Name("school_code");
        Map(r => r.SchoolYear).Name("school_year");
        Map(r => r.SocioeconomicIndex).Name("socioeconomic_index");
        Map(r => r.SekPerPupil).Name("sek_per_pupil");
        Map(r => r.Pupils).Name("pupils").Optional();
    }
}
