using Site.Compute;
using Site.Compute.Analysis;
using Site.Compute.Texts;

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

    /// <summary>Each district page's view fingerprint and key, by language and district slug.</summary>
    private static Dictionary<(Language, string), (Hash128 View, Hash128 Key)> Pages(string data) =>
        KeyedPages.Of(data, views => views.Districts, (dataset, i) => dataset.Districts[i].Slug);

    [Theory]
    [MemberData(nameof(Edits))]
    public void A_page_whose_view_changes_has_a_new_key(string site, string edit)
    {
        using var temp = new TempFolder();
        var data = temp.Copy(site == "county" ? County : TestPaths.RealData, "data");
        var before = Pages(data);
        ResultEdits.Apply(data, edit);
        var after = Pages(data);

        var changedViews = KeyedPages.AssertChangedViewsHaveNewKeys(before, after);
        // And no more: a page whose view is the same keeps its key in each of these edits (a key that named more of
        // the analysis than the page shows, such as the other splits' gaps to the whole, changed every page's).
        Assert.All(before.Keys.Except(changedViews), page => Assert.Equal(before[page].Key, after[page].Key));
    }

    [Theory]
    [InlineData("stockholm")]
    [InlineData("county")]
    public void The_same_data_gives_the_same_keys_and_each_district_its_own(string site) =>
        KeyedPages.AssertStableAndOwn(
            Pages(site == "county" ? County : TestPaths.RealData),
            Pages(site == "county" ? County : TestPaths.RealData));
}
