using Site.Compute;
using Site.Model;

namespace Site.Tests.Compute;

/// <summary>An entry says whether it enters a mean without working its input out, and says what the input
/// says.</summary>
public class MeanEntryTests
{
    public static TheoryData<ResultValue, int?> Cells() => new()
    {
        { ResultValue.Reported(202.7m), 51 },
        { ResultValue.Reported(202.7m), null },
        { ResultValue.Reported(0m), 12 },
        { ResultValue.Marker(ValueStatus.Suppressed), 8 },
        { ResultValue.Marker(ValueStatus.Missing), null },
        { ResultValue.Marker(ValueStatus.RoundedNear100), 40 },
        { ResultValue.Marker(ValueStatus.RoundedNear100), null },
    };

    [Theory]
    [MemberData(nameof(Cells))]
    public void Has_input_is_whether_there_is_an_input(ResultValue value, int? pupils)
    {
        var entry = MeanEntry.Of("37416253", value, pupils);

        Assert.Equal(entry.Input is not null, entry.HasInput);
    }

    [Fact]
    public void Markers_but_near_100_enter_no_mean_and_near_100_enters_with_its_bounds()
    {
        Assert.False(MeanEntry.Of("37416253", ResultValue.Marker(ValueStatus.Suppressed), 8).HasInput);
        Assert.False(MeanEntry.Of("37416253", ResultValue.Marker(ValueStatus.Missing), null).HasInput);
        Assert.True(MeanEntry.Of("37416253", ResultValue.Marker(ValueStatus.RoundedNear100), null).HasInput);
        Assert.True(MeanEntry.Of("37416253", ResultValue.Reported(202.7m), 51).HasInput);
    }
}
