using Site.Compute;
using Site.Compute.Analysis;
using Site.Model;
using T = Site.Compute.Texts.Texts;

namespace Site.Tests.Compute;

/// <summary>A chart's sentence says what its table says: the verdict of the published trend, never its own reading of
/// the end points.</summary>
public class SummariesTests
{
    private static List<(SchoolYear, decimal?)> Series(params decimal?[] values) =>
        values.Select((v, i) => (new SchoolYear(2020 + i), v)).ToList();

    // The series of the issue: the end points rose, but the trend is not clear, so the sentence must not say "ökat".
    [Fact]
    public void A_rise_without_a_clear_trend_is_a_change_with_no_clear_trend()
    {
        var sentence = Summaries.Change(
            T.Swedish,
            "Meritvärdet",
            Series(197.0m, 199.6m, 205.9m, 208.6m, 202.7m),
            Trends.Of(Series(197.0m, 199.6m, 205.9m, 208.6m, 202.7m)).Verdict);

        Assert.Equal(
            "Meritvärdet har förändrats från 197,0 till 202,7 mellan 2020/21 och 2024/25; ingen tydlig trend.",
            sentence);
    }

    [Fact]
    public void Only_a_clear_trend_is_an_increase()
    {
        // 1, 2, 3, 4: slope 1 with no residual, so the interval is 1 to 1.
        var sentence = Summaries.Change(
            T.Swedish,
            "Andelen",
            Series(1m, 2m, 3m, 4m),
            TrendVerdict.Increasing,
            " procent");

        Assert.Equal(
            "Andelen har ökat från 1,0 procent till 4,0 procent mellan 2020/21 och 2023/24, en tydlig uppåtgående "
            + "trend.",
            sentence);
    }

    [Theory]
    [InlineData("|", "Meritvärdet redovisas inte för något läsår, så ingen trend kan beräknas.")]
    [InlineData("|201", "Meritvärdet var 201,0 läsåret 2021/22; för få läsår för en trend.")]
    [InlineData(
        "200|201",
        "Meritvärdet var 200,0 läsåret 2020/21 och 201,0 läsåret 2021/22; för få läsår för en trend.")]
    public void A_series_too_short_or_too_empty_for_a_trend_says_so(string values, string expected)
    {
        var series = Series(
            values
                .Split('|')
                .Select(v => v.Length == 0
                    ? (decimal?)null
                    : decimal.Parse(v, System.Globalization.CultureInfo.InvariantCulture))
                .ToArray());

        Assert.Equal(TrendVerdict.TooFewYears, Trends.Of(series).Verdict);
        Assert.Equal(expected, Summaries.Change(T.Swedish, "Meritvärdet", series, Trends.Of(series).Verdict));
    }

    [Fact]
    public void A_gap_says_what_happens_to_the_gap()
    {
        var sentence = Summaries.Change(
            T.Swedish,
            "Skillnaden",
            Series(-30m, -25m, -20m),
            TrendVerdict.Decreasing,
            " poäng",
            gap: true);

        Assert.Equal(
            "Skillnaden har gått från −30,0 poäng till −20,0 poäng mellan 2020/21 och 2022/23; skillnaden minskar.",
            sentence);
    }

    // The sentence reads the earliest and the latest school year with a value, whatever order the points come in and
    // with years without a value among them (here the years come newest first and the newest has none).
    [Fact]
    public void The_first_and_last_years_with_a_value_are_found_in_any_order()
    {
        List<(SchoolYear, decimal?)> series =
        [
            (new SchoolYear(2024), null),
            (new SchoolYear(2023), 210.4m),
            (new SchoolYear(2020), null),
            (new SchoolYear(2021), 199.5m),
            (new SchoolYear(2022), 204m),
        ];

        Assert.Equal(
            "Meritvärdet har förändrats från 199,5 till 210,4 mellan 2021/22 och 2023/24; ingen tydlig trend.",
            Summaries.Change(T.Swedish, "Meritvärdet", series, TrendVerdict.NoClearChange));
    }
}
