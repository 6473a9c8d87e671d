using Site.Compute.Analysis;
using Site.Model;

namespace Site.Compute;

/// <summary>
/// What every school's page view reads alike, as <see cref="SchoolViewKeys"/> hashes it once a build: a change in any
/// of it changes every school page's key.
/// </summary>
public static class SchoolViewContext
{
    public static void Write(FingerprintWriter bytes, Dataset dataset, AnalysisIndex index)
    {
        Inputs(bytes, dataset);

        // The answer on expected values counts the schools within expected of the year.
        foreach (var year in dataset.Years)
        {
            foreach (var info in MeasureInfo.All)
            {
                bytes.Int(index.ExpectedTotal(year, info.Measure));
                foreach (var label in Enum.GetValues<ExpectedLabel>())
                {
                    bytes.Int(index.ExpectedCount(year, info.Measure, label));
                }
            }
        }
    }

    /// <summary>What every area's page reads alike too: the inputs, the sources, the years, the districts and the
    /// replaced codes.</summary>
    public static void Inputs(FingerprintWriter bytes, Dataset dataset)
    {
        // The results' files are named, not hashed: a changed value changes their hashes, and what a page reads of
        // their values is in its own part of the key. Every other input is hashed whole: the settings, the districts'
        // outlines, the background, the allocation and staff files, the official reports.
        var results = dataset.Sources
            .Where(s => s.Kind is SourceKind.Export or SourceKind.Api)
            .Select(s => s.Path.Replace('\\', '/'))
            .ToList();
        bytes.Int(dataset.Inputs.Count);
        foreach (var input in dataset.Inputs)
        {
            bytes.Text(input.Name);
            var named = input.Name.StartsWith("data/", StringComparison.Ordinal)
                && results.Any(path => path.EndsWith(input.Name[4..], StringComparison.Ordinal));
            bytes.Text(named ? "" : input.Sha256);
        }

        bytes.Int(dataset.Sources.Count);
        foreach (var source in dataset.Sources)
        {
            bytes.Text(source.Path);
            bytes.Text(source.ReportName);
            bytes.Int((int)source.Kind);
            bytes.OptionalText(source.Published);
            bytes.OptionalText(source.Retrieved);
            Years(bytes, source.Years);
        }

        Years(bytes, dataset.Years);
        Years(bytes, dataset.MetricYears);
        bytes.Int(dataset.Schools.Count);
        bytes.Int(dataset.Districts.Count);
        foreach (var district in dataset.Districts)
        {
            bytes.Text(district.Name);
            bytes.Text(district.Slug);
            bytes.OptionalText(district.MunicipalityCode);
        }

        bytes.Int(dataset.Replaced.Count);
        foreach (var (code, successor) in dataset.Replaced)
        {
            bytes.Text(code);
            bytes.Text(successor);
        }
    }

    private static void Years(FingerprintWriter bytes, IReadOnlyList<SchoolYear> years)
    {
        bytes.Int(years.Count);
        foreach (var year in years)
        {
            bytes.Int(year.StartYear);
        }
    }
}
