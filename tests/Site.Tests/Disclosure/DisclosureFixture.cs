using System.Globalization;
using Site.Tests.Build;

namespace Site.Tests.Disclosure;

/// <summary>
/// A small city whose results come both as Skolverket's public exports and as the city's own unsuppressed files
/// (exact values and pupil counts, marked "unsuppressed" in their sidecars). 2024/25: district Alfa has one school
/// under 10 pupils, Beta and Gamma one each. 2023/24: a single school in the whole city is under 10 pupils.
/// </summary>
public sealed class DisclosureFixture : BuiltSite
{
    public DisclosureFixture()
        : base(Path.Combine(TestPaths.Fixtures, "disclosure"), TestPaths.SmallInput)
    {
        Exact = ExactRows().ToList();
    }

    public sealed record ExactRow(
        string Code,
        string Organizer,
        string Year,
        int Pupils,
        IReadOnlyDictionary<string, double> Values);

    /// <summary>The city's exact rows, as the attacker never sees them.</summary>
    public IReadOnlyList<ExactRow> Exact { get; }

    /// <summary>Skolverket's municipality totals as it would publish them: pupils, and the pupil-weighted mean to one
    /// decimal, per split.</summary>
    public IEnumerable<MunicipalityTotal> MunicipalityTotals()
    {
        foreach (var year in Exact.Select(r => r.Year).Distinct())
        {
            foreach (var organizer in new[] { "all", "municipal", "independent" })
            {
                var rows = Exact.Where(r => r.Year == year
                    && (organizer == "all" || r.Organizer == organizer)).ToList();
                foreach (var measure in rows[0].Values.Keys)
                {
                    var pupils = rows.Sum(r => r.Pupils);
                    var mean = rows.Sum(r => r.Pupils * r.Values[measure]) / pupils;
                    yield return new MunicipalityTotal(
                        year,
                        measure,
                        organizer,
                        pupils,
                        Math.Round(mean, 1, MidpointRounding.AwayFromZero));
                }
            }
        }
    }

    private static IEnumerable<ExactRow> ExactRows()
    {
        var measures = new[] { "all_subjects_passed_pct", "eligible_vocational_pct", "merit_value" };
        foreach (var path in Directory.GetFiles(
            Path.Combine(TestPaths.Fixtures, "disclosure", "results"),
            "city-exact-*.csv").Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(path);
            var year = lines[3].Split(';')[0].Replace("Valt läsår: ", "", StringComparison.Ordinal);
            foreach (var line in lines.Skip(6).TakeWhile(l => !l.StartsWith(';')))
            {
                var f = line.Split(';');
                var values = measures
                    .Select((m, i) => (m, double.Parse(f[8 + i].Replace(',', '.'), CultureInfo.InvariantCulture)))
                    .ToDictionary(p => p.m, p => p.Item2);
                yield return new ExactRow(
                    f[1],
                    f[4] == "Kommunal" ? "municipal" : "independent",
                    year,
                    int.Parse(f[7], CultureInfo.InvariantCulture),
                    values);
            }
        }
    }
}
