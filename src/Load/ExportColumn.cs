namespace Site.Load;

/// <summary>The columns of Skolverket's exports that the site uses, whatever a given report calls them.</summary>
public enum ExportColumn
{
    SchoolName,
    SchoolCode,
    MunicipalityCode,
    MunicipalityName,
    OrganizerType,
    Pupils,
    AllSubjectsPassed,
    EligibleVocational,
    MeritValue17,
    MeritValue16,
    ForeignBackground,
    ParentsPostSecondary,
    PupilsGrades1To9,
    AreaType,
}
