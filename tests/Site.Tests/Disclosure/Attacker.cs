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
    /// <summary>
    /// A '..' value pinned to ±5 (points or percentage points) or closer counts as recovered: a share of at most 9
    /// pupils moves in steps of 11 points, so ±5 already tells how many pupils it is. A '~100' value is recovered when
    /// it is pinned finer than one pupil's step (±50/N), and a withheld pupil count when pinned to ±0.5.
    /// </summary>
    public const double RecoveredWithin = 5.0;

    private readonly MeanFacts means = new(site);

    /// <summary>Means whose school count cannot be matched to the published schools: the attacker learns something
    /// without knowing what.</summary>
    public List<string> Anomalies => means.Anomalies;

    public static string ValueOf(PublishedFigures.Cell c) => $"value {c.Code} {c.Year} {c.Measure}";

    public static string PupilsOf(PublishedFigures.Cell c) => $"pupils {c.Code} {c.Year}";

    internal static string ProductOf(PublishedFigures.Cell c) => $"pupils×value {c.Code} {c.Year} {c.Measure}";

    public IEnumerable<Fact> SiteFacts()
    {
        foreach (var a in site.Aggregates.Where(a => a["value"].Length > 0))
        {
            var group = means.Group(
                a["school_year"],
                a["measure"],
                a["organizer"],
                c => a["level"] == "city" || c.District == a["area"]);
            foreach (var fact in means.From(
                group,
                a["value"],
                a["method"],
                Int(a["n_schools"]),
                a["n_pupils"],
                $"aggregate {a["area"]} {a["organizer"]} {a["school_year"]} {a["measure"]}"))
            {
                yield return fact;
            }
        }

        foreach (var g in site.SocioeconomicGaps)
        {
            foreach (var (mean, count, inSet) in new (string, string, Func<double, bool>)[]
            {
                (
                    "high_need_mean",
                    "high_need_n_schools",
                    i => i >= double.Parse(g["upper_quartile_index"], CultureInfo.InvariantCulture)),
                (
                    "low_need_mean",
                    "low_need_n_schools",
                    i => i <= double.Parse(g["lower_quartile_index"], CultureInfo.InvariantCulture)),
            })
            {
                if (g[mean].Length == 0)
                {
                    continue;
                }

                var group = means.Group(
                    g["school_year"],
                    g["measure"],
                    g["organizer"],
                    c => site.NeedIndex.TryGetValue(c.Code, out var index) && inSet(index));
                foreach (var fact in means.From(
                    group,
                    g[mean],
                    g["method"],
                    Int(g[count]),
                    "",
                    $"gap {mean} {g["organizer"]} {g["school_year"]} {g["measure"]}"))
                {
                    yield return fact;
                }
            }
        }

        // A mean over the schools present in two years: the same facts as an aggregate's, over that panel.
        foreach (var change in site.YearChanges)
        {
            foreach (var (year, mean) in new[] { (
                change["from_year"],
                change["from_mean"]), (change["to_year"], change["to_mean"]) })
            {
                if (mean.Length == 0)
                {
                    continue;
                }

                var other = year == change["from_year"] ? change["to_year"] : change["from_year"];
                bool InPanel(PublishedFigures.Cell c) =>
                    (change["level"] == "city" || c.District == change["area"])
                        && site.Cells.Any(o => o.Code == c.Code
                            && o.Year == other
                            && o.Measure == c.Measure
                            && o.MeanValue is not null);
                var group = means.Group(year, change["measure"], change["organizer"], InPanel);
                foreach (var fact in means.From(
                    group,
                    mean,
                    change["method"],
                    Int(change["n_schools"]),
                    "",
                    $"change {change["area"]} {change["organizer"]} {year} {change["measure"]}"))
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

    /// <summary>Skolverket's totals for the municipality: Σ pupils × value over every school with data, and Σ
    /// pupils.</summary>
    public IEnumerable<Fact> SkolverketFacts(IEnumerable<MunicipalityTotal> totals)
    {
        foreach (var t in totals)
        {
            var group = means.Group(t.Year, t.Measure, t.Organizer, _ => true);
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

    /// <summary>Skolverket's totals as the site republishes them in official.csv: the real figures, not made-up
    /// ones.</summary>
    public IEnumerable<MunicipalityTotal> OfficialTotals() => MunicipalityTotal.Official(site);

    /// <summary>
    /// What every unknown can be before any fact: a share 0–100, a merit value 0–340, a '~100' share the interval its
    /// pupils allow (60–100 where its count is not published), a school behind '..' 1–9 pupils, any other 10 or more.
    /// </summary>
    public IReadOnlyDictionary<string, (double Low, double High)> Bounds()
    {
        var bounds = new Dictionary<string, (double, double)>(StringComparer.Ordinal);
        foreach (var c in site.Cells)
        {
            var max = c.Measure == "merit_value" ? 340 : 100;
            if (c.Status == "suppressed")
            {
                bounds[ValueOf(c)] = (0, max);
                bounds[ProductOf(c)] = (0, 9.0 * max);
            }
            else if (c.Status == "rounded_100")
            {
                bounds[ValueOf(c)] = c.Pupils is { } n ? (100.0 * (n - 4) / n, 100.0 * (n - 1) / n) : (60, 100);
                bounds[ProductOf(c)] = (0, 9.0 * max);
            }

            if (c.Pupils is null)
            {
                bounds[PupilsOf(c)] = c.Status == "suppressed" ? (1, 9) : (10, 5000);
            }
        }

        return bounds;
    }

    /// <summary>Every withheld value or pupil count the facts pin down finer than it may be (see
    /// <see cref="RecoveredWithin"/>).</summary>
    public IReadOnlyList<RecoveredValue> Recover(IEnumerable<Fact> facts)
    {
        var all = facts.ToList();
        var pinned = LinearRecovery.Solve(all).ToDictionary(p => p.Unknown, StringComparer.Ordinal);
        var start = Bounds();
        var bounded = BoundedRecovery.Tighten(all, start);
        var found = new List<RecoveredValue>();
        foreach (var cell in site.Cells.Where(c => c.Hidden))
        {
            var within = cell.Status == "rounded_100" ? 50.0 / (cell.Pupils ?? 10) : RecoveredWithin;
            if (pinned.TryGetValue(ValueOf(cell), out var v) && v.Error <= within)
            {
                found.Add(new RecoveredValue(ValueOf(cell), v.Value, v.Error));
            }
            else if (bounded.TryGetValue(ValueOf(cell), out var b)
                && (b.High - b.Low) / 2 <= within
                && (b.High - b.Low) < (start[ValueOf(cell)].High - start[ValueOf(cell)].Low))
            {
                found.Add(new RecoveredValue(ValueOf(cell), (b.Low + b.High) / 2, (b.High - b.Low) / 2));
            }
            else if (pinned.TryGetValue(ProductOf(cell), out var p)
                && pinned.TryGetValue(PupilsOf(cell), out var n)
                && n.Value - n.Error > 0)
            {
                var bounds = new[]
                {
                    (p.Value - p.Error) / (n.Value - n.Error),
                    (p.Value + p.Error) / (n.Value - n.Error),
                    (p.Value - p.Error) / (n.Value + n.Error),
                    (p.Value + p.Error) / (n.Value + n.Error),
                };
                var half = (bounds.Max() - bounds.Min()) / 2;
                if (half <= within)
                {
                    found.Add(new RecoveredValue(ValueOf(cell), p.Value / n.Value, half));
                }
            }
        }

        foreach (var cell in site.Cells.Where(c => c.Pupils is null).DistinctBy(PupilsOf))
        {
            var matters = cell.Hidden || site.Cells.Any(c => c.Code == cell.Code && c.Year == cell.Year && c.Hidden);
            if (pinned.TryGetValue(PupilsOf(cell), out var n) && n.Error < 0.5 && matters)
            {
                found.Add(new RecoveredValue(PupilsOf(cell), n.Value, n.Error));
            }
            else if (bounded.TryGetValue(PupilsOf(cell), out var p)
                && Math.Floor(p.High) - Math.Ceiling(p.Low) < 1
                && matters
                && cell.Status == "suppressed")
            {
                // Whole pupils: bounds that hold one integer only give the count away.
                found.Add(new RecoveredValue(PupilsOf(cell), Math.Ceiling(p.Low), 0));
            }
        }

        return found;
    }

    internal static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    internal static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
