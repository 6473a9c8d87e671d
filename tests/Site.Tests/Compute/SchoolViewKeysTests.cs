using Site.Compute;
using Site.Compute.Analysis;
using Site.Compute.Texts;
using Site.Render;

namespace Site.Tests.Compute;

/// <summary>
/// A school page is kept without building its view when its key is the last build's (<see cref="SchoolViewKeys"/>), so
/// the key must change whenever the view does: here values of the frozen Stockholm data are changed, the views of both
/// languages are built before and after, and every page whose view changed must have a new key.
/// </summary>
public class SchoolViewKeysTests
{
    /// <summary>Each school page's view fingerprint and key, by language and school code.</summary>
    private static Dictionary<(Language, string), (Hash128 View, Hash128 Key)> Pages(string data)
    {
        var dataset = TestDatasets.Build(data);
        var index = new AnalysisIndex(AnalysisResult.Compute(dataset), dataset);
        var prints = new ViewFingerprints();
        var pages = new Dictionary<(Language, string), (Hash128, Hash128)>();
        foreach (var t in Texts.For(dataset.Settings))
        {
            var views = ComputeViews.Run(
                dataset.For(t.Language), index, () => throw new InvalidOperationException("not read"), t);
            Assert.True(views.Schools.Keyed);
            for (var i = 0; i < views.Schools.Count; i++)
            {
                var view = prints.Of(typeof(SchoolViewKeysTests), [views.Schools[i]]);
                Assert.NotNull(view);
                pages[(t.Language, dataset.Schools[i].Code)] = (view.Value, views.Schools.KeyOf(i));
            }
        }

        return pages;
    }

    public static TheoryData<string> Edits => new(ResultEdits.Names);

    [Theory]
    [MemberData(nameof(Edits))]
    public void A_page_whose_view_changes_has_a_new_key(string edit)
    {
        using var temp = new TempFolder();
        var data = temp.Copy(TestPaths.RealData, "data");
        var before = Pages(data);
        ResultEdits.Apply(data, edit);
        var after = Pages(data);

        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        var changedViews = before.Keys.Where(k => before[k].View != after[k].View).ToList();
        Assert.NotEmpty(changedViews);
        Assert.All(changedViews, page => Assert.NotEqual(before[page].Key, after[page].Key));
    }

    [Fact]
    public void The_same_data_gives_the_same_keys_and_each_school_its_own()
    {
        var first = Pages(TestPaths.RealData);
        var second = Pages(TestPaths.RealData);

        Assert.Equal(first, second);
        // A language's frame is hashed beside the key by the render stage: the key is the school's alone, the same in
        // both languages (a build makes it once for both).
        var languages = first.Keys.Select(k => k.Item1).Distinct().ToList();
        Assert.Equal(2, languages.Count);
        var swedish = first.Where(p => p.Key.Item1 == languages[0]).ToDictionary(p => p.Key.Item2, p => p.Value.Key);
        var english = first.Where(p => p.Key.Item1 == languages[1]).ToDictionary(p => p.Key.Item2, p => p.Value.Key);
        Assert.Equal(swedish, english);
        Assert.Equal(swedish.Count, swedish.Values.Distinct().Count());
    }
}
