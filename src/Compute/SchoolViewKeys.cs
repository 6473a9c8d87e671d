using Site.Compute.Analysis;
using Site.Model;

namespace Site.Compute;

/// <summary>
/// The key of a school's page view without building the view: a hash of everything <see cref="SchoolViewBuilder"/>
/// reads for the school, beyond its language's frame and texts (which the render stage hashes beside it). A build that
/// finds a page's key the last build's keeps the page without building its view: after one changed cell of a national
/// build, building and fingerprinting the views of the ~10,500 pages it kept were 19 % of the build's samples, and
/// the pages were done ~0.9 s after the data files.
/// <para>
/// Read for the school: its own rows (results, pupils, background, allocation, staff and tests) and analysis (trends,
/// expected values, the alike schools with the figures the page shows of them); its district's and the whole's means
/// as published (rounded); the scatter's points and line. Read for every school alike (the context,
/// <see cref="SchoolViewContext"/>): every input file but the results' by its hash, the results' files by name with
/// their years and dates, the school years, the schools' count, the districts, the replaced codes and the counts of
/// expected labels. Kept in step with the builders by <c>SchoolViewKeysTests</c>, which changes values and checks
/// that every page whose view changed has a new key.
/// </para>
/// One instance serves both languages' views of one build (nothing it reads differs between them, and the language's
/// frame is hashed beside it), and makes each school's key once; pages on several threads may ask at once.
/// </summary>
public sealed class SchoolViewKeys
{
    private readonly Dataset dataset;
    private readonly AnalysisIndex index;
    private readonly Lazy<Hash128> context;

    // An area's means and scatter points, hashed once for all its schools' pages.
    private readonly Lazy<Hash128>[] means;
    private readonly Lazy<Hash128>?[] scatters;
    private readonly FingerprintPool writers = new();

    // Each school's key once made (at its position), and whether it is: a page in each language asks.
    private readonly Hash128[] keys;
    private readonly int[] made;

    public SchoolViewKeys(Dataset dataset, AnalysisIndex index)
    {
        this.dataset = dataset;
        this.index = index;
        context = new(() => Write(bytes => SchoolViewContext.Write(bytes, dataset, index)));
        means = dataset.Areas.Select(a => new Lazy<Hash128>(() => Write(bytes => Means(bytes, a)))).ToArray();
        scatters = new Lazy<Hash128>?[dataset.Areas.Count];
        keys = new Hash128[dataset.Schools.Count];
        made = new int[dataset.Schools.Count];
    }

    /// <summary>The key of the page view of the school at <paramref name="position"/> of the dataset's
    /// schools.</summary>
    public Hash128 Of(int position)
    {
        if (Volatile.Read(ref made[position]) == 1)
        {
            return keys[position];
        }

        // Two pages in a race both make it, and write the same key.
        var key = Of(dataset.Schools[position]);
        keys[position] = key;
        Volatile.Write(ref made[position], 1);
        return key;
    }

    private Hash128 Of(School school) => Write(bytes =>
    {
        var latest = dataset.Years[^1];
        bytes.Append(context.Value);
        Own(bytes, school);
        bytes.Int(school.District is null ? -1 : dataset.AreaOf(school.District).Id);
        if (school.District is { } district)
        {
            bytes.Append(means[dataset.AreaOf(district).Id].Value);
        }

        bytes.Append(means[dataset.Whole.Id].Value);
        foreach (var similar in index.SimilarTo(school.Code))
        {
            bytes.Int(similar.Rank);
            bytes.Text(similar.SimilarCode);
            bytes.Decimal(similar.Distance);
            var other = dataset.SchoolOf(similar.SimilarCode);
            if (bytes.Has(other))
            {
                bytes.Text(other!.Name);
                bytes.OptionalText(other.District?.Name);
                bytes.Background(dataset.BackgroundOf(other.Code));
                bytes.Value(dataset.ResultOf(other.Code, latest, Measure.MeritValue)?.Value);
                bytes.Expected(index.Expected(other.Code, latest, Measure.MeritValue));
            }
        }

        bytes.Int(-1);
        var fit = ChartBuilders.ScatterFit(dataset, index);
        bytes.Gradient(fit);
        if (fit is not null)
        {
            var (local, points) = ChartBuilders.ScatterPoints(dataset, index, school);
            var area = local is null ? dataset.Whole : dataset.AreaOf(local);
            bytes.Append(SharedSlot.Get(ref scatters[area.Id], points, Scatter).Value);
        }
    });

    /// <summary>The school's own fields, rows and analysis.</summary>
    private void Own(FingerprintWriter bytes, School school)
    {
        bytes.Text(school.Code);
        bytes.Text(school.Name);
        bytes.Text(school.MunicipalityCode);
        bytes.Int((int)school.Organizer);
        bytes.Number(school.Latitude);
        bytes.Number(school.Longitude);
        bytes.OptionalText(school.District?.Slug);
        bytes.OptionalText(school.District?.Name);
        bytes.OptionalText(school.SuccessorCode);
        var successor = school.SuccessorCode is { } code ? dataset.SchoolOf(code) : null;
        bytes.OptionalText(successor?.Name);
        bytes.List(dataset.ResultsOf(school.Code), FingerprintParts.Result);
        bytes.List(dataset.PupilsOf(school.Code), FingerprintParts.Pupils);
        foreach (var info in MeasureInfo.All)
        {
            bytes.Trend(index.SchoolTrend(school.Code, info.Measure));
            foreach (var year in dataset.Years)
            {
                bytes.Expected(index.Expected(school.Code, year, info.Measure));
            }
        }

        bytes.Background(dataset.BackgroundOf(school.Code));
        bytes.List(
            dataset.AllocationsBySchool.TryGetValue(school.Code, out var rows) ? rows : [], FingerprintParts.Allocation);
        bytes.List(dataset.MetricsOf(school.Code), FingerprintParts.Metric);
    }

    /// <summary>An area's unweighted means of every measure and year, as the page's tables and charts show
    /// them.</summary>
    private void Means(FingerprintWriter bytes, Area area)
    {
        foreach (var info in MeasureInfo.All)
        {
            foreach (var mean in index.UnweightedMeans(area, info.Measure, dataset.Years))
            {
                bytes.Number(mean);
            }
        }
    }

    /// <summary>The scatter's points of an area (each school's name, need index and latest merit value), hashed when
    /// first asked for.</summary>
    private Lazy<Hash128> Scatter(IReadOnlyList<(string Name, decimal? Index, decimal? Value)> points) => new(() =>
        Write(bytes =>
        {
            bytes.Int(points.Count);
            foreach (var (name, needIndex, value) in points)
            {
                bytes.Text(name);
                bytes.Number(needIndex);
                bytes.Number(value);
            }
        }));

    private Hash128 Write(Action<FingerprintWriter> write) => writers.Hash(bytes =>
    {
        write(bytes);
        return true;
    })!.Value;
}
