using System.Collections;
using Site.Compute.Analysis;
using Site.Compute.Data;
using Site.Model;

namespace Site.Compute.Changes;

/// <summary>
/// Every published value of a dataset as the manifest lists them, made as they are read: a national manifest has
/// 225,000, which a list held as objects (its array grown five times over in the large object heap) only for them to
/// be written once. Listed when first read by position, which only a comparison of the whole manifests does.
/// </summary>
public sealed class ManifestValues : IReadOnlyList<ManifestValue>
{
    private readonly Dataset dataset;
    private readonly Lazy<List<ManifestValue>> listed;

    public ManifestValues(Dataset dataset)
    {
        this.dataset = dataset;
        listed = new(() => [.. this]);
        Count = dataset.Schools.Sum(s => dataset.ResultsOf(s.Code).Count);
    }

    public int Count { get; }

    /// <summary>Whether the values were listed: read by position rather than in turn.</summary>
    internal bool Listed => listed.IsValueCreated;

    public ManifestValue this[int index] => listed.Value[index];

    public IEnumerator<ManifestValue> GetEnumerator() =>
        dataset.Schools
            .SelectMany(s => dataset.ResultsOf(s.Code))
            .Select(r => new ManifestValue(
                r.SchoolCode,
                r.Year.Label,
                MeasureInfo.Of(r.Measure).Code,
                ValueStatusCodes.TidyCode(r.Value.Status),
                r.Value.Number))
            .GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
