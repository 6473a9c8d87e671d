using Site.Compute.Analysis;
using Site.Model;

namespace Site.Compute;

/// <summary>
/// The key of a district's page view without building the view, as <see cref="SchoolViewKeys"/> is a school's: a build
/// that finds a district page's key the last build's keeps the page without building and fingerprinting its view (after
/// one changed cell of a national build, 290 municipalities' views in two languages were built and hashed to keep all
/// but one: ~250 of the build's ~5,200 samples).
/// <para>
/// Read for the district: its schools (code, name, organizer, latest values and pupils) and every figure the analysis
/// has of it (<see cref="AreaAnalysisHashes"/>). Read alike for every district: the inputs every page reads alike
/// (<see cref="SchoolViewContext.Inputs"/>: every input but the results' by its hash, the sources, years and
/// districts), which district each school is in, the whole's latest means, its funding and latest staff means, and
/// where the map is drawn every district's latest gap (its table names them all). Kept in step with the builders by
/// <c>DistrictViewKeysTests</c>.
/// </para>
/// One instance serves both languages' views of one build; pages on several threads may ask at once.
/// </summary>
public sealed class DistrictViewKeys
{
    private readonly Dataset dataset;
    private readonly AnalysisIndex index;
    private readonly AreaAnalysisHashes areas;
    private readonly Lazy<Hash128> context;
    private readonly FingerprintPool writers = new();
    private readonly Lazy<Hash128>[] keys;

    public DistrictViewKeys(Dataset dataset, AnalysisIndex index)
    {
        this.dataset = dataset;
        this.index = index;
        areas = new AreaAnalysisHashes(index.Result, dataset);
        context = new(() => Write(Context));
        keys = dataset.Districts.Select(d => new Lazy<Hash128>(() => Write(bytes => Of(bytes, d)))).ToArray();
    }

    /// <summary>The key of the page view of the district at <paramref name="position"/> of the dataset's
    /// districts.</summary>
    public Hash128 Of(int position) => keys[position].Value;

    private void Of(FingerprintWriter bytes, District district)
    {
        var latest = dataset.Years[^1];
        bytes.Append(context.Value);
        bytes.Append(areas.Of(dataset.AreaOf(district)));
        foreach (var school in dataset.SchoolsIn(district))
        {
            bytes.Text(school.Code);
            bytes.Text(school.Name);
            bytes.Int((int)school.Organizer);
            foreach (var info in MeasureInfo.All)
            {
                bytes.Value(dataset.ResultOf(school.Code, latest, info.Measure)?.Value);
            }

            bytes.Value(dataset.PupilCountOf(school.Code, latest)?.Count);
        }

        bytes.Int(-1);
    }

    private void Context(FingerprintWriter bytes)
    {
        SchoolViewContext.Inputs(bytes, dataset);
        var districts = dataset.DistrictPositions;
        for (var i = 0; i < dataset.Schools.Count; i++)
        {
            bytes.Text(dataset.Schools[i].Code);
            bytes.Int(districts[i]);
        }

        // Of the whole, a district's page shows the latest headline means, the funding and the latest staff means:
        // hashed are these, not all its figures (its other splits and methods move with any school's value).
        var whole = dataset.Whole;
        foreach (var info in MeasureInfo.All)
        {
            bytes.Aggregate(index.Aggregate(whole, dataset.Years[^1], info.Measure));
        }

        foreach (var year in index.FundingYears)
        {
            var funding = index.Funding(whole, year);
            if (bytes.Has(funding))
            {
                bytes.Funding(funding!);
            }
        }

        if (index.Staff.Any)
        {
            var latestStaff = index.Staff.Years[^1];
            foreach (var metric in SchoolMetricInfo.In(MetricGroup.Staff))
            {
                bytes.Mean(index.Staff.Mean(whole, latestStaff, metric.Metric));
            }
        }

        if (DistrictMapBuilder.Drawn(dataset))
        {
            var latest = dataset.Years[^1];
            foreach (var district in dataset.Districts)
            {
                bytes.Number(index.Aggregate(dataset.AreaOf(district), latest, Measure.MeritValue).GapToCity);
            }
        }
    }

    private Hash128 Write(Action<FingerprintWriter> write) => writers.Hash(bytes =>
    {
        write(bytes);
        return true;
    })!.Value;
}
