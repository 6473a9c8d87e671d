using Site.Compute.Views;
using Site.Model;

namespace Site.Compute;

/// <summary>
/// Each school's published values as table cells, by measure and the dataset's years, made the first time a page asks
/// and then shared: they are the same in both languages, on the school's page and on the comparison page, which reads
/// every school's three times a language (the page, its fingerprint, its data). Made per read, they were ~100 MB of a
/// national build's sampled allocations. One belongs to a build's (or a preview save's) index.
/// </summary>
public sealed class SchoolCells
{
    private readonly Dataset dataset;
    private readonly Dictionary<School, int> positions;
    private readonly IReadOnlyList<CellView>?[] made;

    public SchoolCells(Dataset dataset)
    {
        this.dataset = dataset;
        positions = new Dictionary<School, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < dataset.Schools.Count; i++)
        {
            positions[dataset.Schools[i]] = i;
        }

        made = new IReadOnlyList<CellView>?[dataset.Schools.Count * MeasureInfo.All.Count];
    }

    /// <summary>A school's cells of one measure, one per year of the dataset, oldest first.</summary>
    public IReadOnlyList<CellView> Of(School school, Measure measure) =>
        SharedSlot.Get(
            ref made[positions[school] * MeasureInfo.All.Count + (int)measure],
            (Dataset: dataset, Code: school.Code, Measure: measure),
            static key => key.Dataset.Years
                .Select(y => CellView.From(key.Dataset.ResultOf(key.Code, y, key.Measure)?.Value))
                .ToList());
}
