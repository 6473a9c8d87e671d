using Site.Compute.Analysis;
using Site.Compute.Analysis.Staff;
using Site.Compute.Texts;
using Site.Model;

namespace Site.Compute.Resources;

/// <summary>The sentences of the staff figures, from the published values and verdicts only.</summary>
public static class StaffWords
{
    /// <summary>"Elever per lärare var 9,8 i skolorna med störst behov och 13,1 i de med minst läsåret 2025/26
    /// (skillnad −3,3); …"</summary>
    public static string NeedSentence(
        Texts.Texts t,
        MetricNeedGap gap,
        MetricGapTrend? trend,
        IReadOnlyList<SchoolYear> years)
    {
        var label = MetricWords.Subject(t, gap.Metric);
        var unit = SchoolMetricInfo.Of(gap.Metric).IsShare ? " %" : "";
        var (high, low) = (Value(t, gap.HighNeed.Value) + unit, Value(t, gap.LowNeed.Value) + unit);
        // A difference of two shares is in percentage points, not per cent.
        var gapUnit = unit == "" ? "" : t.Pick(" procentenheter", " percentage points");
        var verdict = trend is null ? t.TooFewYears : t.GapVerdict(trend.GapVerdict);
        var span = years.Count == 0 ? "" : t.YearSpan(years[0].Label, years[^1].Label);
        return t.Pick(
            $"{label} var {high} i skolorna med störst behov och {low} i skolorna med minst behov läsåret "
            + $"{gap.Year.Label} (skillnad {Gap(t, gap.Gap)}{gapUnit}); över {span}: {verdict}.",
            $"{label} was {high} in the schools with the greatest need and {low} in those with the least in "
            + $"{gap.Year.Label} (difference {Gap(t, gap.Gap)}{gapUnit}); over {span}: {verdict}.");
    }

    /// <summary>The line's direction in words, or that it cannot be told apart from no association.</summary>
    public static string Direction(Texts.Texts t, Association line) => line.Verdict switch
    {
        _ when line.Slope is null => t.Pick(
            $"kan inte beräknas (för få skolor, {line.Points})",
            $"cannot be computed (too few schools, {line.Points})"),
        TrendVerdict.Increasing => t.Pick("positivt samband", "positive association"),
        TrendVerdict.Decreasing => t.Pick("negativt samband", "negative association"),
        _ => t.Pick("inget tydligt samband", "no clear association"),
    };

    public static string Interval(Texts.Texts t, Association line) =>
        line.SlopeLow is { } lo && line.SlopeHigh is { } hi
            ? $"{t.Number(lo, Association.Decimals)} {t.Pick("till", "to")} {t.Number(hi, Association.Decimals)}"
            : "–";

    public static string Value(Texts.Texts t, decimal? value) => value is { } v ? t.Number(v, 1) : "–";

    public static string Gap(Texts.Texts t, decimal? value) => value is { } v ? t.Signed(v) : "–";
}
