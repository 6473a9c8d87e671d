using Site.Compute;
using Site.Compute.Analysis;
using Site.Compute.Texts;
using Site.Render;

namespace Site.Tests.Compute;

/// <summary>
/// A district page is kept without building its view when its key is the last build's (<see cref="DistrictViewKeys"/>),
/// so the key must change whenever the view does: values of the frozen Stockholm data (districts with outlines, a map
/// on each page) and of Stockholms län (municipalities as the areas, with Skolverket's own figures beside ours) are
/// changed, the views of both languages built before and after, and every page whose view changed must have a new key.
/// </summary>
public class DistrictViewKeysTests
{
    private static string County => Path.Combine(TestPaths.Repo, "examples", "stockholms-lan");

    /// <summary>Each district page's view fingerprint and key, by language and district slug.</summary>
    private static Dictionary<(Language, string), (Hash128 View, Hash128 Key)> Pages(string data)
    {
        var dataset = TestDatasets.Build(data);
        var index = new AnalysisIndex(AnalysisResult.Compute(dataset), dataset) { Shapes = DistrictShapes.Of(dataset) };
        var prints = new ViewFingerprints();
        var pages = new Dictionary<(Language, string), (Hash128, Hash128)>();
        foreach (var t in Texts.For(dataset.Settings))
        {
            var views = ComputeViews.Run(
                dataset.For(t.Language), index, () => throw new InvalidOperationException("not read"), t);
            Assert.True(views.Districts.Keyed);
            for (var i = 0; i < views.Districts.Count; i++)
            {
                var view = prints.Of(typeof(DistrictViewKeysTests), [views.Districts[i]]);
                Assert.NotNull(view);
                pages[(t.Language, dataset.Districts[i].Slug)] = (view.Value, views.Districts.KeyOf(i));
            }
        }

        return pages;
    }

    public static TheoryData<string, string> Edits()
    {
        var edits = new TheoryData<string, string>();
        foreach (var site in new[] { "stockholm", "county" })
        {
            foreach (var edit in ResultEdits.Names)
            {
                edits.Add(site, edit);
            }
        }

        return edits;
    }

    [Theory]
    [MemberData(nameof(Edits))]
    public void A_page_whose_view_changes_has_a_new_key(string site, string edit)
    {
        using var temp = new TempFolder();
        var data = temp.Copy(site == "county" ? County : TestPaths.RealData, "data");
        var before = Pages(data);
        ResultEdits.Apply(data, edit);
        var after = Pages(data);

        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        var changedViews = before.Keys.Where(k => before[k].View != after[k].View).ToList();
        Assert.NotEmpty(changedViews);
        Assert.All(changedViews, page => Assert.NotEqual(before[page].Key, after[page].Key));
        // And no more: a page whose view is the same keeps its key in each of these edits (a key that named more of
        // the analysis than the page shows, such as the other splits' gaps to the whole, changed every page's).
        var sameViews = before.Keys.Except(changedViews).ToList();
        Assert.All(sameViews, page => Assert.Equal(before[page].Key, after[page].Key));
    }

    [Theory]
    [InlineData("stockholm")]
    [InlineData("county")]
    public void The_same_data_gives_the_same_keys_and_each_district_its_own(string site)
    {
        var data = site == "county" ? County : TestPaths.RealData;
        var first = Pages(data);
        var second = Pages(data);

        Assert.Equal(first, second);
        var languages = first.Keys.Select(k => k.Item1).Distinct().ToList();
        Assert.Equal(2, languages.Count);
        var swedish = first.Where(p => p.Key.Item1 == languages[0]).ToDictionary(p => p.Key.Item2, p => p.Value.Key);
        var english = first.Where(p => p.Key.Item1 == languages[1]).ToDictionary(p => p.Key.Item2, p => p.Value.Key);
        Assert.Equal(swedish, english);
        Assert.Equal(swedish.Count, swedish.Values.Distinct().Count());
    }
}
