using Site.Compute.Analysis;
using Site.Import;
using Site.Model;

namespace Site.Tests.Compute.Analysis;

public class FundingTests
{
    private static AllocationRow Row(decimal sek, int? pupils, decimal index = 50) =>
        new("00000000", new SchoolYear(2024), index, sek, pupils, new SourceRef("a.csv", 2));

    [Fact]
    public void The_mean_per_pupil_is_pupil_weighted_when_every_school_has_pupils()
    {
        // (10 000·100 + 30 000·300) / 400 = 25 000; total 10 000 000.
        var funding = Funding.Of(
            new Area(1, "x", "X"), new SchoolYear(2024), [Row(10_000, 100, 20), Row(30_000, 300, 60)])!;

        Assert.True(funding.PupilWeighted);
        Assert.Equal(25_000m, funding.MeanSekPerPupil);
        Assert.Equal(10_000_000m, funding.TotalSek);
        Assert.Equal(50m, funding.MeanIndex);
    }

    [Fact]
    public void Without_pupil_counts_the_mean_is_unweighted_and_no_total_is_given()
    {
        var funding = Funding.Of(new Area(1, "x", "X"), new SchoolYear(2024), [Row(10_000, 100), Row(30_000, null)])!;

        Assert.False(funding.PupilWeighted);
        Assert.Equal(20_000m, funding.MeanSekPerPupil);
        Assert.Null(funding.TotalSek);
        Assert.Null(Funding.Of(new Area(1, "x", "X"), new SchoolYear(2024), []));
    }

    [Fact]
    public void The_illustrative_allocation_spans_the_published_range_with_the_published_mean()
    {
        var schools = Enumerable.Range(0, 40)
            .Select(i => ($"{i:00000000}", (decimal)(5 + i * 2), 100 + i * 13))
            .ToList();

        var lines = IllustrativeAllocationPlan.Build(schools);

        Assert.Equal(1_900m, lines.Min(l => l.SekPerPupil));
        Assert.Equal(53_000m, lines.Max(l => l.SekPerPupil));
        var mean = lines.Sum(l => l.SekPerPupil * l.Pupils) / lines.Sum(l => l.Pupils);
        Assert.InRange(mean, 12_449m, 12_451m);
        Assert.True(
            lines.Zip(lines.Skip(1)).All(p => p.First.SekPerPupil <= p.Second.SekPerPupil),
            "amounts rise with the index");
    }
}
