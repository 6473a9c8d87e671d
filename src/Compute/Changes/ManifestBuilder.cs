using Site.Compute.Analysis;
using Site.Compute.Data;
using Site.Model;

namespace Site.Compute.Changes;

/// <summary>Pure: the manifest of what this build publishes.</summary>
public static class ManifestBuilder
{
    public static Manifest Build(Dataset dataset, MeanEntries entries) =>
        new(
            dataset.Years.Select(y => y.Label).ToList(),
            dataset.Schools.Select(s => new ManifestSchool(s.Code, s.Name, s.SuccessorCode)).ToList(),
            new ManifestValues(dataset),
            // The same method codes as aggregates.csv's method column, so that a method change reads the same in both.
            OrganizerSplits.All.SelectMany(split => MeasureInfo.All.Select(m => (
                Key: $"{OrganizerSplits.Code(split)}/{m.Code}",
                Method: Codes.Method(entries.Method(split, m.Measure)))))
                .ToDictionary(p => p.Key, p => p.Method, StringComparer.Ordinal));
}
