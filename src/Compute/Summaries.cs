using Site.Model;
using Site.Render;

namespace Site.Compute;

/// <summary>One plain Swedish sentence per chart, generated from the same numbers the chart draws.</summary>
public static class Summaries
{
    /// <param name="subject">The measure as the sentence's subject, e.g. "Meritvärdet".</param>
    /// <param name="unit">Appended to the numbers, e.g. " poäng" or " procentenheter"; empty for none.</param>
    public static string Change(string subject, IReadOnlyList<(SchoolYear Year, decimal? Value)> series, string unit = "", bool signed = false)
    {
        var points = series.Where(p => p.Value is not null).OrderBy(p => p.Year).ToList();
        string N(decimal v) => (signed && v > 0 ? "+" : "") + SwedishFormat.Number(v, 1) + unit;
        if (points.Count == 0)
        {
            return $"{subject} redovisas inte för något läsår.";
        }

        var (firstYear, first) = (points[0].Year, points[0].Value!.Value);
        var (lastYear, last) = (points[^1].Year, points[^1].Value!.Value);
        if (points.Count == 1)
        {
            return $"{subject} var {N(last)} läsåret {lastYear.Label}.";
        }

        var rounded = (First: Math.Round(first, 1, MidpointRounding.AwayFromZero), Last: Math.Round(last, 1, MidpointRounding.AwayFromZero));
        // A signed difference "increasing" toward zero is a gap closing; plain words avoid that trap.
        var verb = signed ? "har gått" : rounded.Last > rounded.First ? "har ökat" : rounded.Last < rounded.First ? "har minskat" : "var detsamma";
        return rounded.Last == rounded.First && !signed
            ? $"{subject} {verb}, {N(last)}, läsåren {firstYear.Label} och {lastYear.Label}."
            : $"{subject} {verb} från {N(first)} till {N(last)} mellan {firstYear.Label} och {lastYear.Label}.";
    }

    /// <summary>"Meritvärdet" from "Meritvärde", for the measures' short labels.</summary>
    public static string Subject(MeasureInfo info) => info.Measure switch
    {
        Measure.MeritValue => "Meritvärdet",
        Measure.AllSubjectsPassedPct => "Andelen som klarat alla ämnen",
        _ => "Andelen behöriga till yrkesprogram",
    };

    public static string Unit(MeasureInfo info, bool difference = false) =>
        info.Measure == Measure.MeritValue ? " poäng" : difference ? " procentenheter" : " procent";
}
