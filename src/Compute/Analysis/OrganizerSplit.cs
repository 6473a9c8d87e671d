namespace Site.Compute.Analysis;

/// <summary>Which schools an aggregate covers: all, the municipality's own, or the independent ones.</summary>
public enum OrganizerSplit
{
    All,
    Municipal,
    Independent,
}
