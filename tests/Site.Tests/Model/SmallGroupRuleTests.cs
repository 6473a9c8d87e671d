using Site.Diagnostics;
using Site.Model;

namespace Site.Tests.Model;

/// <summary>The generator's own copy of Skolverket's rule, and how the city's unsuppressed files meet Skolverket's
/// public ones.</summary>
public class SmallGroupRuleTests
{
    private static readonly SourceRef Public = new("data/results/public.csv", 7);

    private static readonly SourceRef City = new("data/results/city.csv", 7);

    private static readonly HashSet<string> CityFiles = [City.File];

    private static ResultValue Value(string text) =>
        ValueStatusCodes.FromMarker(text) is { } status
            ? ResultValue.Marker(status)
            : ResultValue.Reported(decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("merit_value", "245.27", "9", false, "..")]
    [InlineData("merit_value", "245.27", "0", false, "..")]
    [InlineData("merit_value", "245.27", "..", false, "..")]
    [InlineData("merit_value", "245.27", "10", true, "245.3")]
    [InlineData("merit_value", "245.25", "10", true, "245.3")]
    [InlineData("merit_value", "245.27", "10", false, "245.27")]
    [InlineData("merit_value", "245.27", null, false, "245.27")]
    [InlineData("eligible_vocational_pct", "96", "50", true, "~100")]
    [InlineData("eligible_vocational_pct", "98.5", "65", true, "~100")]
    [InlineData("eligible_vocational_pct", "88.57", "35", true, "~100")]
    [InlineData("eligible_vocational_pct", "88.0", "50", true, "88.0")]
    [InlineData("eligible_vocational_pct", "100", "50", true, "100")]
    [InlineData("all_subjects_passed_pct", "98.5", "65", true, "98.5")]
    [InlineData("merit_value", "..", "50", true, "..")]
    [InlineData("merit_value", ".", "5", true, ".")]
    public void A_value_is_published_only_as_the_rule_allows(
        string measure,
        string value,
        string? pupils,
        bool unsuppressed,
        string expected)
    {
        var info = MeasureInfo.All.Single(m => m.Code == measure);

        var result = SmallGroupRule.Protect(
            info.Measure,
            Value(value),
            pupils is null ? null : Value(pupils),
            unsuppressed);

        Assert.Equal(expected, result.ToString());
    }

    [Theory]
    [InlineData("9", "..")]
    [InlineData("1", "..")]
    [InlineData("10", "10")]
    [InlineData("..", "..")]
    public void A_pupil_count_below_ten_is_withheld(string count, string expected) =>
        Assert.Equal(expected, SmallGroupRule.ProtectCount(Value(count)).ToString());

    [Theory]
    [InlineData("..", "187.4", "..")]
    [InlineData("~100", "96", "~100")]
    [InlineData(".", "187.4", "187.4")]
    [InlineData("245.3", "245.3", "245.3")]
    public void Skolverkets_marker_stays_and_the_citys_value_only_fills_no_data(
        string published,
        string city,
        string expected)
    {
        foreach (var order in new[] { true, false })
        {
            var rows = new[]
            {
                new ResultRow(
                    "11111111",
                    "0180",
                    SchoolYear.TryParse("2024/25")!.Value,
                    Measure.MeritValue,
                    Value(published),
                    Public),
                new ResultRow(
                    "11111111",
                    "0180",
                    SchoolYear.TryParse("2024/25")!.Value,
                    Measure.MeritValue,
                    Value(city),
                    City),
            };
            var diagnostics = new DiagnosticBag();

            var merged = ResultMerger.Merge(order ? rows : rows.Reverse(), CityFiles, diagnostics);

            Assert.False(diagnostics.HasErrors);
            Assert.Equal(expected, merged.Single().Value.ToString());
        }
    }

    [Fact]
    public void A_city_value_that_differs_from_Skolverkets_number_is_an_error()
    {
        var year = SchoolYear.TryParse("2024/25")!.Value;
        var rows = new[]
        {
            new ResultRow("11111111", "0180", year, Measure.MeritValue, Value("245.3"), Public),
            new ResultRow("11111111", "0180", year, Measure.MeritValue, Value("246.1"), City),
        };
        var diagnostics = new DiagnosticBag();

        ResultMerger.Merge(rows, CityFiles, diagnostics);

        Assert.Equal(
            "data/results/city.csv:7: error: school 11111111, 2024/25, merit_value: the city's file says 246.1 but "
            + "Skolverket published 245.3 (value: '246.1'). Fix: check which is right; the city's exact value rounded "
            + "to one decimal must equal Skolverket's",
            Assert.Single(diagnostics.Items).ToString());
    }

    [Theory]
    [InlineData("..", "7", "..")]
    [InlineData(".", "12", "12")]
    [InlineData("40", "..", "40")]
    public void Skolverkets_pupil_count_or_marker_stays(string published, string city, string expected)
    {
        var year = SchoolYear.TryParse("2024/25")!.Value;
        var rows = new[]
        {
            new PupilCountRow("11111111", "0180", year, SmallGroupRule.ProtectCount(Value(published)), Public),
            new PupilCountRow("11111111", "0180", year, SmallGroupRule.ProtectCount(Value(city)), City),
        };
        var diagnostics = new DiagnosticBag();

        var merged = ResultMerger.MergePupils(rows, CityFiles, diagnostics);

        Assert.False(diagnostics.HasErrors);
        Assert.Equal(expected, merged.Single().Count.ToString());
    }
}
