namespace Site.Compute;

public enum MeanMethod
{
    /// <summary>Each school counts in proportion to its grade-9 pupils.</summary>
    PupilWeighted,
    /// <summary>Each school counts once.</summary>
    Unweighted,
}
