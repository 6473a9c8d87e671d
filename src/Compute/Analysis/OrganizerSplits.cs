using Site.Model;

namespace Site.Compute.Analysis;

public static class OrganizerSplits
{
    public static readonly IReadOnlyList<OrganizerSplit> All = [
        OrganizerSplit.All,
        OrganizerSplit.Municipal,
        OrganizerSplit.Independent];

    public static string Code(OrganizerSplit split) => split switch
    {
        OrganizerSplit.Municipal => "municipal",
        OrganizerSplit.Independent => "independent",
        _ => "all",
    };

    /// <summary>The organizer type a split is (null for all), as Skolverket's report names its sheets.</summary>
    public static OrganizerType? Type(OrganizerSplit split) => split switch
    {
        OrganizerSplit.Municipal => OrganizerType.Municipal,
        OrganizerSplit.Independent => OrganizerType.Independent,
        _ => null,
    };

    public static bool Includes(OrganizerSplit split, School school) => split switch
    {
        OrganizerSplit.Municipal => school.Organizer == OrganizerType.Municipal,
        OrganizerSplit.Independent => school.Organizer == OrganizerType.Independent,
        _ => true,
    };
}
