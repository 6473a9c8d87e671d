using Site.Model;

namespace Site.Compute.Analysis;

/// <summary>
/// What a part of the analysis read, as a 128-bit hash (XxHash128) of every value with its scale (202,7 is not
/// 202,70: the files print values as published): a kept part is reused only when what it would read now hashes the
/// same (<see cref="AnalysisCache"/>). The values are gathered in a buffer and hashed a buffer at a time
/// (<see cref="FingerprintWriter"/>).
/// </summary>
public static class AnalysisInputs
{
    /// <summary>A slice of the entries: each entry's school, value, pupils and bounds, its position; the
    /// method.</summary>
    public static Hash128 Slice(MeanEntries entries, (OrganizerSplit Split, Measure Measure, int Year) key)
    {
        var (split, measure, year) = key;
        var list = entries.For(split, measure, year);
        var positions = entries.SchoolPositions(split, measure, year);
        var bytes = new FingerprintWriter();
        bytes.Int((int)entries.Method(split, measure, year));
        bytes.Int(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            var entry = list[i];
            bytes.Int(positions[i]);
            bytes.Text(entry.SchoolCode);
            bytes.Value(entry.Value);
            bytes.Optional(entry.Pupils);
            bytes.Optional(entry.BoundPupils);
            bytes.Int((int)entry.Basis);
        }

        return bytes.Hash();
    }

    /// <summary>A school's results: each one's year, measure and value, written with <paramref name="bytes"/> (emptied
    /// first: one serves school after school).</summary>
    public static Hash128 Results(IReadOnlyList<SchoolResult> results, FingerprintWriter bytes)
    {
        bytes.Reset();
        bytes.Int(results.Count);
        foreach (var result in results)
        {
            bytes.Int(result.Year.StartYear);
            bytes.Int((int)result.Measure);
            bytes.Value(result.Value);
        }

        return bytes.Hash();
    }

    /// <summary>What names the figures' areas: the years, the whole's name, the districts, each school's
    /// district.</summary>
    public static Hash128 Areas(
        IReadOnlyList<SchoolYear> years, string areaName, IReadOnlyList<(string, string)> districts, int[] districtOf)
    {
        var bytes = new FingerprintWriter();
        bytes.Int(years.Count);
        foreach (var year in years)
        {
            bytes.Int(year.StartYear);
        }

        bytes.Text(areaName);
        bytes.Int(districts.Count);
        foreach (var (slug, name) in districts)
        {
            bytes.Text(slug);
            bytes.Text(name);
        }

        bytes.Int(districtOf.Length);
        foreach (var district in districtOf)
        {
            bytes.Int(district);
        }

        return bytes.Hash();
    }
}
