using Site.Compute.Analysis;
using Site.Model;

namespace Site.Compute;

/// <summary>
/// One plain sentence per chart, generated from the same numbers the chart draws and with the same verdict as the table
/// beside it: "has increased" only where the published trend is clear, otherwise "has changed from X to Y; no clear
/// trend", and a series too short for a trend says so.
/// </summary>
public static class Summaries
{
    /// <param name="subject">The sentence's subject, e.g. "Meritvärdet" or "The merit value".</param>
    /// <param name="verdict">The published trend's verdict for this series (for a gap, the gap's size verdict).</param>
    /// <param name="unit">Appended to the numbers, e.g. " poäng"; empty for none.</param>
    /// <param name="gap">For differences: "+" on positive numbers, and the verdict says what happens to the gap, since
    /// a negative gap that increases is a gap that closes.</param>
    public static string Change(
        Texts.Texts t,
        string subject,
        IReadOnlyList<(SchoolYear Year, decimal? Value)> series,
        TrendVerdict verdict,
        string unit = "",
        bool gap = false)
    {
        // The first and last school years with a value, as a stable sort by year would give them (the first of equal
        // years first, the last last), found in one pass: sorted into a list per chart, ten thousand school pages'
        // sentences allocated ~70 MB.
        var count = 0;
        (SchoolYear Year, decimal Value) earliest = default, latest = default;
        foreach (var (year, value) in series)
        {
            if (value is not { } v)
            {
                continue;
            }

            if (count == 0 || year.CompareTo(earliest.Year) < 0)
            {
                earliest = (year, v);
            }

            if (count == 0 || year.CompareTo(latest.Year) >= 0)
            {
                latest = (year, v);
            }

            count++;
        }

        string N(decimal v) => (gap ? t.Signed(v) : t.Number(v, 1)) + unit;
        if (count == 0)
        {
            return t.Pick(
                $"{subject} redovisas inte för något läsår, så ingen trend kan beräknas.",
                $"{subject} is not published for any school year, so no trend can be computed.");
        }

        var (firstYear, first) = earliest;
        var (lastYear, last) = latest;
        var tooFew = t.Pick("för få läsår för en trend", "too few school years for a trend");
        if (count == 1)
        {
            return t.Pick(
                $"{subject} var {N(last)} läsåret {lastYear.Label}; {tooFew}.",
                $"{subject} was {N(last)} in {lastYear.Label}; {tooFew}.");
        }

        if (verdict == TrendVerdict.TooFewYears)
        {
            return t.Pick(
                $"{subject} var {N(first)} läsåret {firstYear.Label} och {N(last)} läsåret {lastYear.Label}; {tooFew}.",
                $"{subject} was {N(first)} in {firstYear.Label} and {N(last)} in {lastYear.Label}; {tooFew}.");
        }

        var span = t.Pick(
            $"från {N(first)} till {N(last)} mellan {firstYear.Label} och {lastYear.Label}",
            $"from {N(first)} to {N(last)} between {firstYear.Label} and {lastYear.Label}");
        if (gap)
        {
            return t.Pick(
                $"{subject} har gått {span}; {t.GapVerdict(verdict)}.",
                $"{subject} has gone {span}; {t.GapVerdict(verdict)}.");
        }

        return verdict switch
        {
            TrendVerdict.Increasing => t.Pick(
                $"{subject} har ökat {span}, en tydlig uppåtgående trend.",
                $"{subject} has increased {span}, a clear upward trend."),
            TrendVerdict.Decreasing => t.Pick(
                $"{subject} har minskat {span}, en tydlig nedåtgående trend.",
                $"{subject} has decreased {span}, a clear downward trend."),
            _ => t.Pick(
                $"{subject} har förändrats {span}; ingen tydlig trend.",
                $"{subject} has changed {span}; no clear trend."),
        };
    }

    /// <summary>The unit after a measure's numbers in a sentence: none for meritvärde, "procent" for shares.</summary>
    public static string Unit(Texts.Texts t, Measure measure) =>
        measure == Measure.MeritValue ? "" : t.Pick(" procent", " per cent");
}
