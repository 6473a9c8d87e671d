using Site.Model;

namespace Site.Compute.Changes;

/// <summary>What changed between the previously published build and this one.</summary>
public sealed record ChangeSet(
    bool FirstBuild,
    IReadOnlyList<string> NewYears,
    IReadOnlyList<ValueChange> Revised,
    IReadOnlyList<ValueChange> NewlySuppressed,
    IReadOnlyList<ManifestSchool> Opened,
    IReadOnlyList<ManifestSchool> Closed,
    IReadOnlyList<SchoolRename> Renamed,
    IReadOnlyList<ManifestSchool> Merged,
    IReadOnlyList<MethodChange> MethodChanges)
{
    public bool IsEmpty =>
        NewYears.Count + Revised.Count + NewlySuppressed.Count + Opened.Count + Closed.Count + Renamed.Count
        + Merged.Count + MethodChanges.Count == 0;

    public static ChangeSet None(bool firstBuild) => new(firstBuild, [], [], [], [], [], [], [], []);
}
