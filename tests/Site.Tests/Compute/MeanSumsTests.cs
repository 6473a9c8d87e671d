using Site.Compute;
using Site.Model;

namespace Site.Tests.Compute;

/// <summary>
/// The sums behind every area mean are kept in whole tenths while each number has one decimal at most. The means must
/// be the decimals a decimal sum gives, scale included: "251" and "251.0" are printed differently in the files.
/// </summary>
public sealed class MeanSumsTests
{
    private static readonly System.Globalization.CultureInfo Invariant =
        System.Globalization.CultureInfo.InvariantCulture;

    [Theory]
    // 202.7 + 190.0 = 392.7, / 2 = 196.35, rounded away from zero: 196.4.
    [InlineData(new[] { "202.7", "190.0" }, "196.4")]
    // Whole numbers sum to a whole number: 502 / 2 = 251, with no decimal, as decimal division gives it.
    [InlineData(new[] { "250", "252" }, "251")]
    // One number with a decimal gives the sum one: 502.0 / 2 = 251.0.
    [InlineData(new[] { "250.0", "252" }, "251.0")]
    // 250 + 251 = 501, / 2 = 250.5.
    [InlineData(new[] { "250", "251" }, "250.5")]
    // Two decimals are summed as decimals: 392.70 / 2 = 196.35, rounded: 196.4.
    [InlineData(new[] { "202.70", "190" }, "196.4")]
    // A two-decimal number after one-decimal ones: 100.0 + 99.9 + 0.05 = 199.95, / 3 = 66.65, rounded: 66.7.
    [InlineData(new[] { "100.0", "99.9", "0.05" }, "66.7")]
    public void An_unweighted_mean_is_the_rounded_decimal_mean(string[] values, string mean)
    {
        var sums = new MeanSums(weighted: false);
        foreach (var value in values)
        {
            sums.Add(MeanEntry.Of("1", ResultValue.Reported(decimal.Parse(value, Invariant)), pupils: null));
        }

        Assert.Equal(mean, sums.Mean(MeanMethod.Unweighted).Value!.Value.ToString(Invariant));
        Assert.Equal(mean, sums.Value(MeanMethod.Unweighted)!.Value.ToString(Invariant));
    }

    [Fact]
    public void A_pupil_weighted_mean_weighs_each_value_by_its_pupils()
    {
        // (202.7 × 51 + 190 × 40) / 91 = (10,337.7 + 7,600) / 91 = 17,937.7 / 91 = 197.117…, rounded: 197.1.
        var sums = new MeanSums(weighted: true);
        sums.Add(MeanEntry.Of("1", ResultValue.Reported(202.7m), pupils: 51));
        sums.Add(MeanEntry.Of("2", ResultValue.Reported(190m), pupils: 40));

        var mean = sums.Mean(MeanMethod.PupilWeighted);
        Assert.Equal("197.1", mean.Value!.Value.ToString(Invariant));
        Assert.Equal(91, mean.PupilsIncluded);
    }

    [Fact]
    public void A_near_hundred_cell_adds_its_bounds()
    {
        // '~100' of 40 pupils: centre 100 × 37.5 / 40 = 93.75 → 93.8, low ⌊1000 × 36 / 40⌋ / 10 = 90, high
        // ⌈1000 × 39 / 40⌉ / 10 = 97.5. With 80.0: means (93.8 + 80.0) / 2 = 86.9, (90 + 80.0) / 2 = 85.0 and
        // (97.5 + 80.0) / 2 = 88.75 → 88.8.
        var sums = new MeanSums(weighted: false);
        sums.Add(MeanEntry.Of("1", ResultValue.Marker(ValueStatus.RoundedNear100), pupils: 40));
        sums.Add(MeanEntry.Of("2", ResultValue.Reported(80.0m), pupils: 40));

        var mean = sums.Mean(MeanMethod.Unweighted);
        Assert.Equal(
            ("86.9", "85.0", "88.8"),
            (mean.Value!.Value.ToString(Invariant), mean.Low!.Value.ToString(Invariant),
                mean.High!.Value.ToString(Invariant)));
    }
}
