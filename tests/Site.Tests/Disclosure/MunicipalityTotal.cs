using System.Globalization;

namespace Site.Tests.Disclosure;

/// <summary>
/// Skolverket's own figure for a municipality, a school year, a measure and an organizer split: how many pupils and
/// their mean, which the attacker may set beside the site's means (<see cref="Attacker.SkolverketFacts"/>).
/// </summary>
public sealed record MunicipalityTotal(string Year, string Measure, string Organizer, int Pupils, double? Mean)
{
    /// <summary>Skolverket's totals as the site republishes them in official.csv: the real figures, not made-up
    /// ones.</summary>
    public static IEnumerable<MunicipalityTotal> Official(PublishedFigures site)
    {
        var measures = new Dictionary<string, string>
        {
            ["merit_value"] = "merit_value",
            ["all_subjects_passed_pct"] = "all_subjects_passed_pct",
            ["eligible_vocational_pct"] = "eligible_vocational_pct",
        };
        var pupils = site.Official
            .Where(o => o["indicator"] == "pupils" && o["status"] == "ok")
            .ToDictionary(
                o => (o["municipality_code"], o["organizer"], o["school_year"]),
                o => int.Parse(o["value"], CultureInfo.InvariantCulture));
        var years = site.Cells.Select(c => c.Year).ToHashSet(StringComparer.Ordinal);
        foreach (var o in site.Official.Where(o => measures.ContainsKey(o["indicator"])
            && years.Contains(o["school_year"])))
        {
            if (pupils.TryGetValue((o["municipality_code"], o["organizer"], o["school_year"]), out var n))
            {
                yield return new MunicipalityTotal(
                    o["school_year"],
                    o["indicator"],
                    o["organizer"],
                    n,
                    o["status"] == "ok" ? double.Parse(o["value"], CultureInfo.InvariantCulture) : null);
            }
        }
    }
}
