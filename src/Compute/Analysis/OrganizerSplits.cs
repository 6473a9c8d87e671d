using Site.Model;

namespace Site.Compute.Analysis;

public static class OrganizerSplits
{
    public static readonly IReadOnlyList<OrganizerSplit> All = [
        OrganizerSplit.All,
        OrganizerSplit.Municipal,
        OrganizerSplit.Independent];

    /// <summary>
    /// What <paramref name="series"/> makes of each split and measure, joined in their order (split first): the
    /// analysis' series, each computed on its own.
    /// </summary>
    public static List<T> EachSeries<T>(Func<OrganizerSplit, Measure, IEnumerable<T>> series) =>
        All.SelectMany(split => MeasureInfo.All.SelectMany(info => series(split, info.Measure))).ToList();

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
