using Site.Model;

namespace Site.Tests.Model;

public class ResultValueTests
{
    [Fact]
    public void Values_are_equal_when_their_status_and_number_are()
    {
        Assert.Equal(ResultValue.Reported(251.9m), ResultValue.Reported(251.90m));
        Assert.Equal(ResultValue.Reported(251.9m).GetHashCode(), ResultValue.Reported(251.90m).GetHashCode());
        Assert.Equal(ResultValue.Marker(ValueStatus.Suppressed), ResultValue.Marker(ValueStatus.Suppressed));
        Assert.NotEqual(ResultValue.Marker(ValueStatus.Suppressed), ResultValue.Marker(ValueStatus.Missing));
        Assert.NotEqual(ResultValue.Reported(100m), ResultValue.Marker(ValueStatus.RoundedNear100));
        Assert.NotEqual(ResultValue.Reported(0m), ResultValue.Marker(ValueStatus.Missing));
        Assert.True(ResultValue.Reported(1m) == ResultValue.Reported(1.0m));
        Assert.True(ResultValue.Reported(1m) != ResultValue.Reported(2m));
    }

    [Theory]
    [InlineData("202.70")]
    [InlineData("-3.5")]
    [InlineData("0.0")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-0.0000000000000000000000000001")]
    public void A_reported_number_comes_back_exactly_with_its_scale(string text)
    {
        var number = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

        var value = ResultValue.Reported(number);

        Assert.Equal(ValueStatus.Reported, value.Status);
        Assert.Equal(text, value.Number!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(text, value.ToString());
    }

    [Theory]
    [InlineData(ValueStatus.Suppressed, "..")]
    [InlineData(ValueStatus.Missing, ".")]
    [InlineData(ValueStatus.RoundedNear100, "~100")]
    [InlineData(ValueStatus.TeachersExcluded, "*")]
    public void A_marker_keeps_its_status_and_has_no_number(ValueStatus status, string marker)
    {
        var value = ResultValue.Marker(status);

        Assert.Equal(status, value.Status);
        Assert.Null(value.Number);
        Assert.Equal(marker, value.ToString());
    }

    [Fact]
    public void A_value_is_16_bytes_the_size_of_a_decimal()
    {
        // Kept in every result, mean entry and pupil count of the model: a status beside a decimal? was 32 bytes.
        Assert.Equal(16, System.Runtime.CompilerServices.Unsafe.SizeOf<ResultValue>());
    }
}
