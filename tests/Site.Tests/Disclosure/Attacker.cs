using System.Globalization;
using Fact = Site.Tests.Disclosure.LinearRecovery.Fact;

namespace Site.Tests.Disclosure;

/// <summary>
/// Plays the reader who wants a value Skolverket withheld. It knows the methodology (a mean is Σ value / n_schools, or
/// Σ pupils × value / n_pupils), which school is in which area and split, every published value and pupil count, and
/// optionally Skolverket's own municipality totals. From every published mean it writes what the mean says about the
/// withheld cells, then asks <see cref="LinearRecovery"/> what all those facts together pin down.
/// </summary>
public sealed class Attacker(PublishedFigures site)
{
    /// <summary>A withheld value pinned to ±0.5 (points or percentage points) or closer counts as recovered: finer than any banding Skolverket's markers leave.</summary>
    public const double RecoveredWithin = 0.5;

    public sealed record MunicipalityTotal(string Year, string Measure, string Organizer, int Pupils, double? Mean);

    public sealed record Disclosure(string What, double Value, double HalfWidth);

    /// <summary>Means whose school count cannot be matched to the published schools: the attacker learns something without knowing what.</summary>
    public List<string> Anomalies { get; } = [];

    public static string ValueOf(PublishedFigures.Cell c) => $"value {c.Code} {c.Year} {c.Measure}";

    public static string PupilsOf(PublishedFigures.Cell c) => $"pupils {c.Code} {c.Year}";

    private static string ProductOf(PublishedFigures.Cell c) => $"pupils×value {c.Code} {c.Year} {c.Measure}";

    public IEnumerable<Fact> SiteFacts()
    {
        foreach (var a in site.Aggregates.Where(a => a["value"].Length > 0))
        {
            var group = Group(a["school_year"], a["measure"], a["organizer"], c => a["level"] == "city" || c.District == a["area"]);
            foreach (var fact in FromMean(group, a["value"], a["method"], Int(a["n_schools"]), a["n_pupils"], $"aggregate {a["area"]} {a["organizer"]} {a["school_year"]} {a["measure"]}"))
            {
                yield return fact;
            }
        }

        foreach (var g in site.SocioeconomicGaps)
        {
            foreach (var (mean, count, inSet) in new (string, string, Func<double, bool>)[]
            {
                ("high_need_mean", "high_need_n_schools", i => i >= double.Parse(g["upper_quartile_index"], CultureInfo.InvariantCulture)),
                ("low_need_mean", "low_need_n_schools", i => i <= double.Parse(g["lower_quartile_index"], CultureInfo.InvariantCulture)),
            })
            {
                if (g[mean].Length == 0)
                {
                    continue;
                }

                var group = Group(g["school_year"], g["measure"], g["organizer"], c => site.NeedIndex.TryGetValue(c.Code, out var index) && inSet(index));
                foreach (var fact in FromMean(group, g[mean], g["method"], Int(g[count]), "", $"gap {mean} {g["organizer"]} {g["school_year"]} {g["measure"]}"))
                {
                    yield return fact;
                }
            }
        }

        var hidden = site.Cells.Where(c => c.Hidden).ToDictionary(c => (c.Code, c.Year, c.Measure));
        foreach (var e in site.Expected)
        {
            if (hidden.TryGetValue((e["school_code"], e["school_year"], e["measure"]), out var cell))
            {
                var actual = e["actual"].Length > 0 ? e["actual"] : null;
                var value = actual is not null ? Number(actual) : Number(e["expected"]) + Number(e["residual"]);
                yield return new Fact(new Dictionary<string, double> { [ValueOf(cell)] = 1 }, value, 0.01);
            }
        }
    }

    /// <summary>Skolverket's totals for the municipality: Σ pupils × value over every school with data, and Σ pupils.</summary>
    public IEnumerable<Fact> SkolverketFacts(IEnumerable<MunicipalityTotal> totals)
    {
        foreach (var t in totals)
        {
            var group = Group(t.Year, t.Measure, t.Organizer, _ => true);
            var coefficients = new Dictionary<string, double>(StringComparer.Ordinal);
            var counts = new Dictionary<string, double>(StringComparer.Ordinal);
            double known = 0, knownPupils = 0, error = t.Pupils * 0.05;
            foreach (var c in group)
            {
                switch (c.Hidden, c.Pupils)
                {
                    case (false, { } n):
                        known += n * c.Value!.Value;
                        knownPupils += n;
                        error += n * 0.05;
                        break;
                    case (false, null):
                        coefficients[PupilsOf(c)] = c.Value!.Value;
                        counts[PupilsOf(c)] = 1;
                        error += 0.05 * t.Pupils;
                        break;
                    case (true, { } n):
                        coefficients[ValueOf(c)] = n;
                        knownPupils += n;
                        break;
                    case (true, null):
                        coefficients[ProductOf(c)] = 1;
                        counts[PupilsOf(c)] = 1;
                        break;
                }
            }

            yield return new Fact(coefficients, t.Mean is { } m ? t.Pupils * m - known : double.NaN, error);
            if (counts.Count > 0)
            {
                yield return new Fact(counts, t.Pupils - knownPupils, 0);
            }
        }
    }

    /// <summary>Every withheld value or pupil count the facts pin down to within <see cref="RecoveredWithin"/>.</summary>
    public IReadOnlyList<Disclosure> Recover(IEnumerable<Fact> facts)
    {
        var pinned = LinearRecovery.Solve(facts.ToList()).ToDictionary(p => p.Unknown, StringComparer.Ordinal);
        var found = new List<Disclosure>();
        foreach (var cell in site.Cells.Where(c => c.Hidden))
        {
            if (pinned.TryGetValue(ValueOf(cell), out var v) && v.Error <= RecoveredWithin)
            {
                found.Add(new Disclosure(ValueOf(cell), v.Value, v.Error));
            }
            else if (pinned.TryGetValue(ProductOf(cell), out var p) && pinned.TryGetValue(PupilsOf(cell), out var n) && n.Value - n.Error > 0)
            {
                var bounds = new[] { (p.Value - p.Error) / (n.Value - n.Error), (p.Value + p.Error) / (n.Value - n.Error), (p.Value - p.Error) / (n.Value + n.Error), (p.Value + p.Error) / (n.Value + n.Error) };
                var half = (bounds.Max() - bounds.Min()) / 2;
                if (half <= RecoveredWithin)
                {
                    found.Add(new Disclosure(ValueOf(cell), p.Value / n.Value, half));
                }
            }
        }

        foreach (var cell in site.Cells.Where(c => c.Pupils is null).DistinctBy(PupilsOf))
        {
            if (pinned.TryGetValue(PupilsOf(cell), out var n) && n.Error < 0.5 && (cell.Hidden || site.Cells.Any(c => c.Code == cell.Code && c.Year == cell.Year && c.Hidden)))
            {
                found.Add(new Disclosure(PupilsOf(cell), n.Value, n.Error));
            }
        }

        return found;
    }

    private List<PublishedFigures.Cell> Group(string year, string measure, string organizer, Func<PublishedFigures.Cell, bool> inArea) =>
        site.Cells.Where(c => c.Year == year && c.Measure == measure && c.Status != "missing" && (organizer == "all" || c.Organizer == organizer) && inArea(c)).ToList();

    private IEnumerable<Fact> FromMean(List<PublishedFigures.Cell> group, string meanText, string method, int nSchools, string nPupilsText, string what)
    {
        // A '~100' cell enters the means with its published central value, so for a mean it is as known as a number.
        var visible = group.Where(c => c.MeanValue is not null).ToList();
        var hidden = group.Where(c => c.MeanValue is null && c.Hidden).ToList();
        var included = nSchools - visible.Count;
        if (included == 0)
        {
            yield break;
        }

        if (included != hidden.Count)
        {
            Anomalies.Add($"{what}: n_schools {nSchools} but {visible.Count} published and {hidden.Count} withheld values");
            yield break;
        }

        var mean = Number(meanText);
        if (method == "unweighted")
        {
            yield return new Fact(hidden.ToDictionary(ValueOf, _ => 1.0), nSchools * mean - visible.Sum(c => c.MeanValue!.Value), nSchools * PublishedFigures.HalfUnit(meanText));
            yield break;
        }

        if (nPupilsText.Length == 0 || visible.Any(c => c.Pupils is null))
        {
            Anomalies.Add($"{what}: a pupil-weighted mean over withheld values without the pupils behind it");
            yield break;
        }

        var pupils = Int(nPupilsText);
        var coefficients = hidden.ToDictionary(c => c.Pupils is null ? ProductOf(c) : ValueOf(c), c => (double)(c.Pupils ?? 1));
        yield return new Fact(coefficients, pupils * mean - visible.Sum(c => c.Pupils!.Value * c.MeanValue!.Value), pupils * PublishedFigures.HalfUnit(meanText));
        var counts = hidden.Where(c => c.Pupils is null).ToDictionary(PupilsOf, _ => 1.0);
        if (counts.Count > 0)
        {
            yield return new Fact(counts, pupils - visible.Sum(c => c.Pupils!.Value) - hidden.Sum(c => c.Pupils ?? 0), 0);
        }
    }

    private static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
