using Site.Compute;
using Site.Compute.Analysis;
using Site.Compute.Texts;
using Site.Compute.Views;
using Site.Model;
using Site.Render;

namespace Site.Tests.Compute;

/// <summary>
/// The pages kept by a key (<see cref="SchoolViewKeys"/>, <see cref="DistrictViewKeys"/>) as the key tests compare
/// them: each page's view fingerprint beside its key, by language and the page's name, for a data folder.
/// </summary>
public static class KeyedPages
{
    /// <param name="pick">The keyed views of one language's views.</param>
    /// <param name="name">The name of the page at a position of the views (a school's code, a district's slug).</param>
    public static Dictionary<(Language, string), (Hash128 View, Hash128 Key)> Of<T>(
        string data, Func<SiteViews, LazyViews<T>> pick, Func<Dataset, int, string> name)
    {
        var dataset = TestDatasets.Build(data);
        var index = new AnalysisIndex(AnalysisResult.Compute(dataset), dataset) { Shapes = DistrictShapes.Of(dataset) };
        var prints = new ViewFingerprints();
        var pages = new Dictionary<(Language, string), (Hash128, Hash128)>();
        foreach (var t in Texts.For(dataset.Settings))
        {
            var views = pick(ComputeViews.Run(
                dataset.For(t.Language), index, () => throw new InvalidOperationException("not read"), t));
            Assert.True(views.Keyed);
            for (var i = 0; i < views.Count; i++)
            {
                var view = prints.Of(typeof(KeyedPages), [views[i]]);
                Assert.NotNull(view);
                pages[(t.Language, name(dataset, i))] = (view.Value, views.KeyOf(i));
            }
        }

        return pages;
    }

    /// <summary>The pages whose view changed from <paramref name="before"/> to <paramref name="after"/>, each checked
    /// to have a new key (there must be some).</summary>
    public static List<(Language, string)> AssertChangedViewsHaveNewKeys(
        Dictionary<(Language, string), (Hash128 View, Hash128 Key)> before,
        Dictionary<(Language, string), (Hash128 View, Hash128 Key)> after)
    {
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        var changedViews = before.Keys.Where(k => before[k].View != after[k].View).ToList();
        Assert.NotEmpty(changedViews);
        Assert.All(changedViews, page => Assert.NotEqual(before[page].Key, after[page].Key));
        return changedViews;
    }

    /// <summary>
    /// The same data gives the same keys; a language's frame is hashed beside the key by the render stage, so the key
    /// is the page's alone, the same in both languages (a build makes it once for both); and each page has its own.
    /// </summary>
    public static void AssertStableAndOwn(
        Dictionary<(Language, string), (Hash128 View, Hash128 Key)> first,
        Dictionary<(Language, string), (Hash128 View, Hash128 Key)> second)
    {
        Assert.Equal(first, second);
        var languages = first.Keys.Select(k => k.Item1).Distinct().ToList();
        Assert.Equal(2, languages.Count);
        var swedish = first.Where(p => p.Key.Item1 == languages[0]).ToDictionary(p => p.Key.Item2, p => p.Value.Key);
        var english = first.Where(p => p.Key.Item1 == languages[1]).ToDictionary(p => p.Key.Item2, p => p.Value.Key);
        Assert.Equal(swedish, english);
        Assert.Equal(swedish.Count, swedish.Values.Distinct().Count());
    }
}
