namespace Site.Model;

/// <summary>What a source file is, so that its dates can be said in words: Skolverket publishes exports and reports,
/// while the API file is the site's own conversion of responses retrieved on a day.</summary>
public enum SourceKind
{
    /// <summary>A "Sök statistik" results export, as downloaded.</summary>
    Export,
    /// <summary>The site's tidy conversion of Skolverket's planned-educations API responses.</summary>
    Api,
    /// <summary>A "Antal elever per årskurs" export: the pupils' background.</summary>
    Background,
    /// <summary>The municipality report "Jämförelse av betygsresultat över tid".</summary>
    Official,
    /// <summary>The site's tidy conversion of the same API responses' teacher, national-test and eligibility
    /// series.</summary>
    Staff,
    /// <summary>Skolverket's municipality reports on spending, teachers and pupils, as downloaded.</summary>
    Municipal,
}
