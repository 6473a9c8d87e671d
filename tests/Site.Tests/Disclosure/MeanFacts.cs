using Fact = Site.Tests.Disclosure.LinearRecovery.Fact;

namespace Site.Tests.Disclosure;

/// <summary>
/// What one published mean says about the withheld cells it was taken over: the schools of its year, measure, split and
/// area (<see cref="Group"/>), then Σ value = n × mean (or Σ pupils × value = pupils × mean) less the published values,
/// as a fact on the withheld ones, within the mean's rounding (<see cref="From"/>). A mean whose count of schools does
/// not match the cells is an anomaly: something is learnt without knowing what.
/// </summary>
internal sealed class MeanFacts(PublishedFigures site)
{
    public List<string> Anomalies { get; } = [];

    public List<PublishedFigures.Cell> Group(
        string year,
        string measure,
        string organizer,
        Func<PublishedFigures.Cell, bool> inArea) =>
        site.Cells
            .Where(c => c.Year == year
                && c.Measure == measure
                && c.Status != "missing"
                && (organizer == "all" || c.Organizer == organizer)
                && inArea(c))
            .ToList();

    public IEnumerable<Fact> From(
        List<PublishedFigures.Cell> group,
        string meanText,
        string method,
        int nSchools,
        string nPupilsText,
        string what)
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
            Anomalies.Add(
                $"{what}: n_schools {nSchools} but {visible.Count} published and {hidden.Count} withheld values");
            yield break;
        }

        var mean = Attacker.Number(meanText);
        if (method == "unweighted")
        {
            yield return new Fact(
                hidden.ToDictionary(Attacker.ValueOf, _ => 1.0),
                nSchools * mean - visible.Sum(c => c.MeanValue!.Value),
                nSchools * PublishedFigures.HalfUnit(meanText));
            yield break;
        }

        if (nPupilsText.Length == 0 || visible.Any(c => c.Pupils is null))
        {
            Anomalies.Add($"{what}: a pupil-weighted mean over withheld values without the pupils behind it");
            yield break;
        }

        var pupils = Attacker.Int(nPupilsText);
        var coefficients = hidden.ToDictionary(
            c => c.Pupils is null ? Attacker.ProductOf(c) : Attacker.ValueOf(c),
            c => (double)(c.Pupils ?? 1));
        yield return new Fact(
            coefficients,
            pupils * mean - visible.Sum(c => c.Pupils!.Value * c.MeanValue!.Value),
            pupils * PublishedFigures.HalfUnit(meanText));
        var counts = hidden.Where(c => c.Pupils is null).ToDictionary(Attacker.PupilsOf, _ => 1.0);
        if (counts.Count > 0)
        {
            yield return new Fact(
                counts,
                pupils - visible.Sum(c => c.Pupils!.Value) - hidden.Sum(c => c.Pupils ?? 0),
                0);
        }
    }
}
