using Site.Model;

namespace Site.Compute.Analysis;

/// <summary>What a school's trends and a district's spreads read: the school's results, the district's schools'.
/// </summary>
public sealed partial class AnalysisCache
{
    /// <summary>
    /// Each school's results hashed (year, measure and value), and each district's schools' hashes in the dataset's
    /// order, which is the order its spreads read them in. A school that kept its entries from the last save has the
    /// same results (the test the entries make), so its last hash is taken, not made again: a preview's save hashed
    /// every national school's results (35-60 ms). A district's spreads are compared by its hash, not by gathering its
    /// schools' values again to hash them: a new process gathered every district's (56-98 ms of a changed cell's
    /// analysis), to keep all but one.
    /// </summary>
    private (Hash128[] Schools, Hash128[] Districts) ResultHashes(
        Dataset dataset, MeanEntries entries, MeanEntries? last)
    {
        var schools = new Hash128[dataset.Schools.Count];
        // A writer for each worker, not each school: 5,000 writers' buffers were 24 MB of a changed cell's garbage.
        Parallel.For(
            0,
            schools.Length,
            () => new FingerprintWriter(),
            (position, _, bytes) =>
            {
                var code = dataset.Schools[position].Code;
                schools[position] = entries.KeptFrom(last, position) && schoolTrends.TryGetValue(code, out var kept)
                    ? kept.Results
                    : AnalysisInputs.Results(dataset.ResultsOf(code), bytes);
                return bytes;
            },
            _ => { });

        var districts = dataset.Districts.Select(_ => new FingerprintWriter()).ToArray();
        for (var position = 0; position < schools.Length; position++)
        {
            if (dataset.DistrictPositions[position] is var d and >= 0)
            {
                districts[d].Append(schools[position]);
            }
        }

        return (schools, [.. districts.Select(d => d.Hash())]);
    }
}
