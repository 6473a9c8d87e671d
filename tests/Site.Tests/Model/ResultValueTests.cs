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
}
