using Site.Compute;
using Site.Compute.Analysis;
using Site.Compute.Texts;

namespace Site.Tests.Compute;

/// <summary>
/// A school page is kept without building its view when its key is the last build's (<see cref="SchoolViewKeys"/>), so
/// the key must change whenever the view does: here values of the frozen Stockholm data are changed, the views of both
/// languages are built before and after, and every page whose view changed must have a new key.
/// </summary>
public class SchoolViewKeysTests
{
    public static TheoryData<string> Edits => new(ResultEdits.Names);

    /// <summary>Each school page's view fingerprint and key, by language and school code.</summary>
    private static Dictionary<(Language, string), (Hash128 View, Hash128 Key)> Pages(string data) =>
        KeyedPages.Of(data, views => views.Schools, (dataset, i) => dataset.Schools[i].Code);

    [Theory]
    [MemberData(nameof(Edits))]
    public void A_page_whose_view_changes_has_a_new_key(string edit)
    {
        using var temp = new TempFolder();
        var data = temp.Copy(TestPaths.RealData, "data");
        var before = Pages(data);
        ResultEdits.Apply(data, edit);
        var after = Pages(data);

        KeyedPages.AssertChangedViewsHaveNewKeys(before, after);
    }

    [Fact]
    public void The_same_data_gives_the_same_keys_and_each_school_its_own() =>
        KeyedPages.AssertStableAndOwn(Pages(TestPaths.RealData), Pages(TestPaths.RealData));
}
