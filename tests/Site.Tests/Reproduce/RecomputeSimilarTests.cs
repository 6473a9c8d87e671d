using System.Globalization;

namespace Site.Tests.Reproduce;

/// <summary>similar_schools.csv, recomputed from school_background.csv alone, with none of the site's code.</summary>
public class RecomputeSimilarTests(Build.RealSiteFixture site) : IClassFixture<Build.RealSiteFixture>
{
    // A share is a number, or one of Skolverket's markers (".." "~100"), which is no share at all.
    private static decimal? Share(string text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : null;

    [Fact]
    public void Every_schools_five_most_alike_are_the_nearest_by_the_two_published_shares()
    {
        var shares = PublishedCsv.Read(site.Output, "school_background.csv")
            .Where(b => Share(b["parents_post_secondary_pct"]) is not null
                && Share(b["foreign_background_pct"]) is not null)
            .ToDictionary(
                b => b["school_code"],
                b => (P: Share(b["parents_post_secondary_pct"])!.Value, F: Share(b["foreign_background_pct"])!.Value));
        var published = PublishedCsv.Read(site.Output, "similar_schools.csv")
            .GroupBy(r => r["school_code"])
            .ToDictionary(g => g.Key, g => g.ToList());

        Assert.Equal(shares.Keys.Order(StringComparer.Ordinal), published.Keys.Order(StringComparer.Ordinal));
        foreach (var (code, (p, f)) in shares)
        {
            var expected = shares.Where(o => o.Key != code)
                .Select(o => (
                    Code: o.Key,
                    Distance: Math.Round(
                        (decimal)Math.Sqrt(
                            (double)(((p - o.Value.P) * (p - o.Value.P)) + ((f - o.Value.F) * (f - o.Value.F)))),
                        1,
                        MidpointRounding.AwayFromZero)))
                .OrderBy(o => o.Distance).ThenBy(o => o.Code, StringComparer.Ordinal).Take(5)
                .Select((o, i) => $"{i + 1},{o.Code},{o.Distance.ToString("0.0", CultureInfo.InvariantCulture)}");
            Assert.Equal(
                expected,
                published[code].Select(r => $"{r["rank"]},{r["similar_school_code"]},{r["distance"]}"));
        }
    }
}
