namespace Site.Model;

/// <summary>
/// What a row of Skolverket's municipality report "Jämförelse av betygsresultat över tid" gives (its <c>Uppgift</c>):
/// Skolverket's own figures, computed from every pupil, including those in schools whose own values are withheld.
/// </summary>
public enum OfficialIndicator
{
    Pupils,
    GirlsPct,
    BoysPct,
    ForeignBackgroundPct,
    ParentsPostSecondaryPct,
    MeritValue17,
    MeritValue16,
    EligibleVocationalPct,
    AllSubjectsPassedPct,
}
