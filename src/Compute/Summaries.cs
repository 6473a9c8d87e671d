using Site.Model;

namespace Site.Compute;

/// <summary>One plain sentence per chart, generated from the same numbers the chart draws.</summary>
public static class Summaries
{
    /// <param name="subject">The sentence's subject, e.g. "Meritvärdet" or "The merit value".</param>
    /// <param name="unit">Appended to the numbers, e.g. " poäng"; empty for none.</param>
    /// <param name="signed">For differences: "+" on positive numbers, and "has gone from … to …" rather than "has increased",
    /// since a negative gap that increases is a gap that closes.</param>
    public static string Change(Texts.Texts t, string subject, IReadOnlyList<(SchoolYear Year, decimal? Value)> series, string unit = "", bool signed = false)
    {
        var points = series.Where(p => p.Value is not null).OrderBy(p => p.Year).ToList();
        string N(decimal v) => (signed ? t.Signed(v) : t.Number(v, 1)) + unit;
        if (points.Count == 0)
        {
            return t.Pick($"{subject} redovisas inte för något läsår.", $"{subject} is not published for any school year.");
        }

        var (firstYear, first) = (points[0].Year, points[0].Value!.Value);
        var (lastYear, last) = (points[^1].Year, points[^1].Value!.Value);
        if (points.Count == 1)
        {
            return t.Pick($"{subject} var {N(last)} läsåret {lastYear.Label}.", $"{subject} was {N(last)} in {lastYear.Label}.");
        }

        var (a, b) = (Math.Round(first, 1, MidpointRounding.AwayFromZero), Math.Round(last, 1, MidpointRounding.AwayFromZero));
        if (a == b && !signed)
        {
            return t.Pick($"{subject} var detsamma, {N(last)}, läsåren {firstYear.Label} och {lastYear.Label}.", $"{subject} was the same, {N(last)}, in {firstYear.Label} and {lastYear.Label}.");
        }

        var verb = signed ? t.Pick("har gått", "has gone") : b > a ? t.Pick("har ökat", "has increased") : t.Pick("har minskat", "has decreased");
        return t.Pick(
            $"{subject} {verb} från {N(first)} till {N(last)} mellan {firstYear.Label} och {lastYear.Label}.",
            $"{subject} {verb} from {N(first)} to {N(last)} between {firstYear.Label} and {lastYear.Label}.");
    }

    /// <summary>The unit after a measure's numbers in a sentence: none for meritvärde, "procent" for shares.</summary>
    public static string Unit(Texts.Texts t, Measure measure) => measure == Measure.MeritValue ? "" : t.Pick(" procent", " per cent");
}
