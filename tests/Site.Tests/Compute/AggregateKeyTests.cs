using Site.Compute;
using Site.Compute.Analysis;
using Site.Model;

namespace Site.Tests.Compute;

public class AggregateKeyTests
{
    [Fact]
    public void Keys_are_equal_only_when_every_part_is()
    {
        var key = new AggregateKey(
            OrganizerSplit.All,
            new SchoolYear(2024),
            Measure.MeritValue,
            MeanMethod.PupilWeighted);

        Assert.Equal(
            key, new AggregateKey(
                OrganizerSplit.All,
                new SchoolYear(2024),
                Measure.MeritValue,
                MeanMethod.PupilWeighted));
        Assert.Equal(
            key.GetHashCode(),
            new AggregateKey(OrganizerSplit.All, new SchoolYear(2024), Measure.MeritValue, MeanMethod.PupilWeighted)
                .GetHashCode());
        Assert.NotEqual(
            key, new AggregateKey(OrganizerSplit.All, new SchoolYear(2024), Measure.MeritValue, MeanMethod.Unweighted));
        Assert.NotEqual(
            key, new AggregateKey(
                OrganizerSplit.All,
                new SchoolYear(2023),
                Measure.MeritValue,
                MeanMethod.PupilWeighted));
        Assert.NotEqual(
            key,
            new AggregateKey(
                OrganizerSplit.All,
                new SchoolYear(2024),
                Measure.AllSubjectsPassedPct,
                MeanMethod.PupilWeighted));
        Assert.False(key.Equals((object)"not a key"));
    }
}
