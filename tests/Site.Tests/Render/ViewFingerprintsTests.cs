using Site.Compute.Analysis;
using Site.Compute.Texts;
using Site.Compute.Views;
using Site.Render;

namespace Site.Tests.Render;

public class ViewFingerprintsTests
{
    private sealed record Row(string? Name, decimal? Value, IReadOnlyList<CellView> Cells);

    private sealed record WithDelegate(string Name, Func<int> Later);

    private sealed record Paged(FrameView Frame, string Name);

    private static Hash128? Of(params object?[] parameters) =>
        new ViewFingerprints().Of(typeof(ViewFingerprintsTests), parameters);

    private static Row Sample(string? name = "Rinkebyskolan", decimal? value = 202.7m, string? marker = null) =>
        new(name, value, [new CellView(43.1m, null), new CellView(null, marker ?? "..")]);

    [Fact]
    public void Equal_views_made_apart_have_the_same_fingerprint_in_another_instance()
    {
        Assert.NotNull(Of(Sample()));
        Assert.Equal(Of(Sample()), new ViewFingerprints().Of(typeof(ViewFingerprintsTests), [Sample()]));
    }

    [Fact]
    public void Any_difference_a_page_could_show_changes_the_fingerprint()
    {
        var fingerprints = new[]
        {
            Of(Sample()),
            Of(Sample(value: 202.8m)),
            // The same number at another scale is written differently ("202,70").
            Of(Sample(value: 202.70m)),
            Of(Sample(value: null)),
            Of(Sample(name: "Rinkebyskolan ")),
            Of(Sample(name: "")),
            Of(Sample(name: null)),
            Of(Sample(marker: "~100")),
            Of(Sample() with { Cells = Sample().Cells.Reverse().ToList() }),
            Of(Sample() with { Cells = Sample().Cells.Take(1).ToList() }),
            Of(Sample(), "en"),
        };

        Assert.Equal(fingerprints.Length, fingerprints.Distinct().Count());
    }

    [Fact]
    public void A_language_is_its_own_words_and_a_record_of_another_type_with_the_same_values_differs()
    {
        Assert.NotEqual(Of(Texts.Swedish), Of(Texts.English));
        Assert.NotEqual(Of(new CellView(1m, null)), Of(new FigureCell(1m, Decimals: 1)));
    }

    // The frame every page of a language shares is hashed once per build (by reference) and written as that hash:
    // the same frame, an equal one made apart and another build's give the same fingerprint, and any difference in it
    // (a date, the language's words) still changes it.
    [Fact]
    public void A_shared_frame_is_hashed_once_and_still_tells_frames_apart()
    {
        var fingerprints = new ViewFingerprints();
        var frame = new FrameView(
            "Skolresultat", "Stockholm", "https://example.org", "2020/21", "2024/25", Texts.Swedish, DataDates: "a");
        Hash128? Page(ViewFingerprints views, FrameView f) =>
            views.Of(typeof(ViewFingerprintsTests), [new Paged(f, "Rinkebyskolan")]);

        var first = Page(fingerprints, frame);

        Assert.NotNull(first);
        Assert.Equal(first, Page(fingerprints, frame));
        Assert.Equal(first, Page(fingerprints, frame with { }));
        Assert.Equal(first, Page(new ViewFingerprints(), frame));
        Assert.NotEqual(first, Page(fingerprints, frame with { DataDates = "b" }));
        Assert.NotEqual(first, Page(fingerprints, frame with { T = Texts.English }));
        Assert.NotEqual(first, fingerprints.Of(typeof(ViewFingerprintsTests), [new Paged(frame, "Husbyskolan")]));
    }

    [Fact]
    public void A_view_with_a_part_that_cannot_be_hashed_has_no_fingerprint()
    {
        Assert.Null(Of(new WithDelegate("a", () => 1)));
        Assert.Null(Of(Sample(), new object()));
    }
}
