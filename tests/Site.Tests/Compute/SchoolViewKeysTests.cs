using System.Globalization;
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
    private const string History = "skolverket-api-statistics-gr.csv";
    private const string Export = "Grundskola - Slutbetyg årskurs 9, samtliga elever 2025 Skolenhet.csv";

    // The exports' numbers, "253,8" (tests run without cultures).
    private static readonly NumberFormatInfo Swedish = new() { NumberDecimalSeparator = "," };

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

    /// <summary>
    /// Changes the first Stockholm school's number in <paramref name="column"/> of the latest export (to text, such as
    /// "..", where <paramref name="change"/> gives text), and the same value in the API's history, which must agree.
    /// </summary>
    private static void ChangeLatest(string data, int column, Func<decimal, string> change)
    {
        var export = Path.Combine(data, "results", Export);
        var row = File.ReadLines(export)
            .First(l => l.Split(';') is var f && f.Length > column && f[3] == "0180"
                && decimal.TryParse(f[column], NumberStyles.Number, Swedish, out _));
        var fields = row.Split(';');
        var number = decimal.Parse(fields[column], NumberStyles.Number, Swedish);
        var code = fields[1];
        fields[column] = change(number);
        TestEdits.Replace(export, row, string.Join(';', fields));
        var measure = column switch
        {
            8 => "all_subjects_passed_pct",
            9 => "eligible_vocational_pct",
            10 => "merit_value",
            _ => null,
        };
        var history = Path.Combine(data, "results", History);
        var old = $"{code},2024/25,{measure},ok,{number.ToString("0.0", CultureInfo.InvariantCulture)}";
        if (measure is not null && File.ReadAllText(history).Contains(old, StringComparison.Ordinal))
        {
            var value = decimal.TryParse(fields[column], NumberStyles.Number, Swedish, out var n)
                ? $"ok,{n.ToString("0.0", CultureInfo.InvariantCulture)}"
                : "suppressed,";
            TestEdits.Replace(history, old, $"{code},2024/25,{measure},{value}");
        }
    }

    private static Func<decimal, string> By(decimal change) => v => (v + change).ToString(Swedish);

    public static TheoryData<string> Edits => new()
    {
        "latest merit value",
        "latest merit value by a tenth",
        "latest merit value suppressed",
        "latest pupils",
        "latest share passing all subjects",
        "older merit value",
        "older value suppressed",
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void A_page_whose_view_changes_has_a_new_key(string edit)
    {
        using var temp = new TempFolder();
        var data = temp.Copy(TestPaths.RealData, "data");
        var before = Pages(data);
        var history = Path.Combine(data, "results", History);
        switch (edit)
        {
            case "latest merit value":
                ChangeLatest(data, 10, By(7.3m));
                break;
            case "latest merit value by a tenth":
                // Too little to move a published mean: what changes on other pages is the scatter's line.
                ChangeLatest(data, 10, By(0.1m));
                break;
            case "latest merit value suppressed":
                ChangeLatest(data, 10, _ => "..");
                break;
            case "latest pupils":
                ChangeLatest(data, 7, By(20));
                break;
            case "latest share passing all subjects":
                ChangeLatest(data, 8, By(-12.5m));
                break;
            case "older merit value":
                TestEdits.Replace(
                    history, "10360193,2020/21,merit_value,ok,253.8", "10360193,2020/21,merit_value,ok,231.2");
                break;
            default:
                TestEdits.Replace(
                    history, "10360193,2022/23,merit_value,ok,253.7", "10360193,2022/23,merit_value,missing,");
                break;
        }

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
