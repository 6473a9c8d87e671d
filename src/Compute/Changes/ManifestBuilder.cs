using Site.Compute.Analysis;
using Site.Model;

namespace Site.Compute.Changes;

/// <summary>Pure: the manifest of what this build publishes.</summary>
public static class ManifestBuilder
{
    public static Manifest Build(Dataset dataset) =>
        new(
            dataset.Years.Select(y => y.Label).ToList(),
            dataset.Schools.Select(s => new ManifestSchool(s.Code, s.Name, s.SuccessorCode)).ToList(),
            dataset.Schools.SelectMany(s => dataset.ResultsOf(s.Code)).Select(r => new ManifestValue(r.SchoolCode, r.Year.Label, MeasureInfo.Of(r.Measure).Code, ValueStatusCodes.TidyCode(r.Value.Status), r.Value.Number)).ToList(),
            OrganizerSplits.All.SelectMany(split => MeasureInfo.All.Select(m => (Key: $"{OrganizerSplits.Code(split)}/{m.Code}", Method: MeanEntries.Of(dataset).Method(split, m.Measure))))
                .ToDictionary(p => p.Key, p => p.Method == MeanMethod.PupilWeighted ? "pupil_weighted" : "unweighted", StringComparer.Ordinal));
}
