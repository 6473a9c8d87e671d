using Site.Render;

namespace Site.Tests.Render;

/// <summary>
/// The site's records are fingerprinted by writers generated with the program (generators/ViewRecordWriters); any other
/// type's reader is compiled from expression trees. Both follow one set of rules, so both must write the same bytes:
/// a page kept from a build of one kind of reader is the page a build of the other would render.
/// </summary>
public sealed class ViewRecordWritersTests
{
    [Fact]
    public void Every_page_of_the_live_site_has_the_same_fingerprint_from_generated_and_compiled_readers()
    {
        using var site = new LiveSitePages();
        var pages = site.Pages;
        var generated = new ViewFingerprints();
        var compiled = new ViewFingerprints(generated: false);

        var printed = 0;
        foreach (var page in pages)
        {
            var inputs = page.Make();
            var expected = inputs.Fingerprint(compiled);
            Assert.Equal(expected, inputs.Fingerprint(generated));
            printed += expected is null ? 0 : 1;
        }

        // The school, district and city pages (and more) have fingerprints: the comparison is not of nulls.
        Assert.True(printed > 300, $"{printed} of {pages.Count} pages have a fingerprint");
    }

    [Fact]
    public void A_record_of_the_site_has_a_generated_writer_and_a_test_record_has_none()
    {
        Assert.NotNull(ViewRecordWriters.For(typeof(Site.Compute.Views.CellView)));
        Assert.NotNull(ViewRecordWriters.For(typeof(Site.Compute.Views.FigureCell)));
        Assert.Null(ViewRecordWriters.For(typeof(Sample)));
        Assert.Null(ViewRecordWriters.For(typeof(string)));
    }

    private sealed record Sample(string Name);
}
