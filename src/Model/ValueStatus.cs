namespace Site.Model;

/// <summary>What Skolverket says about a cell. Only <see cref="Reported"/> carries a number.</summary>
public enum ValueStatus
{
    /// <summary>A published number.</summary>
    Reported,
    /// <summary><c>..</c>: based on too few pupils; the value is withheld.</summary>
    Suppressed,
    /// <summary><c>.</c>: no data.</summary>
    Missing,
    /// <summary><c>~100</c>: a share close to 100 whose exact value is withheld.</summary>
    RoundedNear100,
    /// <summary><c>*</c>: a teacher figure left out because teachers without the required certification are not
    /// counted.</summary>
    TeachersExcluded,
}
