using Site.Model;

namespace Site.Compute.Analysis;

/// <summary>
/// A hash of every figure the analysis has of each area: its means of every split, year, measure and method (and of
/// all its schools the gaps to the whole and their trends), its funding, its staff means, its trends, its changes
/// between years, its spreads and Skolverket's figures beside its recomputation. A district's page reads of the
/// analysis about itself only these, so a page keyed by them (<see cref="DistrictViewKeys"/>) is kept only when none
/// of them changed. Made in one pass over the analysis' lists, each record written into its area's writer, when the
/// first key is asked for (a build that keeps nothing never asks).
/// </summary>
public sealed class AreaAnalysisHashes(AnalysisResult analysis, Dataset dataset)
{
    private readonly Lazy<Hash128[]> hashes = new(() => Make(analysis, dataset));

    /// <summary>The hash of the area's figures.</summary>
    public Hash128 Of(Area area) => hashes.Value[area.Id];

    private static Hash128[] Make(AnalysisResult analysis, Dataset dataset)
    {
        var writers = dataset.Areas.Select(_ => new FingerprintWriter()).ToArray();
        var ids = dataset.Areas.ToDictionary(a => a.Slug, a => a.Id, StringComparer.Ordinal);

        // Each kind in turn, with a tag before it: an area's records of one kind follow each other in its writer.
        void Each<T>(int tag, IEnumerable<T> items, Func<T, int> area, Action<FingerprintWriter, T> write)
        {
            foreach (var writer in writers)
            {
                writer.Int(tag);
            }

            foreach (var item in items)
            {
                write(writers[area(item)], item);
            }
        }

        // A district's gap to the whole is shown of all its schools only: the gaps of the municipal and independent
        // schools move with every school's value of their kind anywhere (the whole's mean), their means do not.
        Each(1, analysis.Aggregates, a => a.Area.Id, (bytes, a) => bytes.Aggregate(
            a.Organizer == OrganizerSplit.All ? a : a with { GapToCity = null }));
        Each(2, analysis.Funding, f => f.Area.Id, AreaFingerprintParts.Funding);
        Each(3, analysis.Staff.Means, m => m.Area.Id, AreaFingerprintParts.Staff);
        Each(4, analysis.YearChanges, c => c.Area.Id, AreaFingerprintParts.Change);
        Each(5, analysis.Spreads, s => s.Area.Id, AreaFingerprintParts.Spread);
        Each(6, analysis.Reconciliations, r => r.Area.Id, AreaFingerprintParts.Reconciliation);
        // A trend names its area by slug; a school's trends are its page's, not an area's.
        Each(
            7,
            analysis.Trends.Where(t => t.Level != AreaLevel.School
                && (t.Quantity != TrendQuantity.GapToCity || t.Organizer == OrganizerSplit.All)),
            t => ids[t.Area],
            FingerprintParts.Trend);
        return writers.Select(w => w.Hash()).ToArray();
    }
}
