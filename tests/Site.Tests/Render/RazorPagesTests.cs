using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging.Abstractions;
using Site.Render;

namespace Site.Tests.Render;

/// <summary>
/// The site's pages are written from their Razor templates by <see cref="ComponentHtmlWriter"/>, without Blazor's
/// renderer: every page must be the HTML ASP.NET Core's HtmlRenderer writes for the same component and parameters.
/// </summary>
public sealed class RazorPagesTests
{
    [Fact]
    public async Task Every_page_of_the_live_site_is_the_html_the_html_renderer_writes()
    {
        using var site = new LiveSitePages();
        await using var renderer = new HtmlRenderer(site.Session.Services, NullLoggerFactory.Instance);
        using var writer = site.Session.Writer();

        var compared = 0;
        foreach (var page in site.Pages)
        {
            var inputs = page.Make();
            if (inputs.Parameters is null)
            {
                continue;
            }

            var parameters = new Dictionary<string, object?>(inputs.Parameters);
            var expected = await renderer.Dispatcher.InvokeAsync(async () =>
                (await renderer.RenderComponentAsync(inputs.Component, ParameterView.FromDictionary(parameters)))
                .ToHtmlString());
            using var html = new StringWriter();
            writer.Write(inputs.Component, parameters, html);

            Assert.Equal(expected, html.ToString());
            compared++;
        }

        // The school, district and city pages, and the others with a view: not a comparison of a few.
        Assert.True(compared > 300, $"{compared} of {site.Pages.Count} pages compared");
    }

    [Fact]
    public void A_component_with_a_lifecycle_method_of_its_own_is_refused()
    {
        using var session = new RenderSession();
        using var writer = session.Writer();

        var refused = Assert.Throws<NotSupportedException>(
            () => writer.Write(typeof(Initialising), new Dictionary<string, object?>(), TextWriter.Null));

        Assert.Contains("OnParametersSet", refused.Message);
    }

    // Worked by hand from Blazor's rules (true is the name alone, false and handlers nothing, a void element closes
    // itself, an empty one does not, text in a script is JavaScript-encoded), and held to HtmlRenderer's own.
    [Fact]
    public async Task Elements_attributes_and_text_are_written_as_blazor_writes_them()
    {
        using var session = new RenderSession();
        using var writer = session.Writer();
        using var html = new StringWriter();
        var parameters = new Dictionary<string, object?> { ["Name"] = "Åsa <&> \"x\"" };

        writer.Write(typeof(Sample), parameters, html);

        const string Expected =
            "<p class=\"Åsa &lt;&amp;&gt; &quot;x&quot;\" hidden>Åsa &lt;&amp;&gt; &quot;x&quot;</p><br /><div></div>"
            + "<script>\\u0022\\u003C</script>";
        Assert.Equal(Expected, html.ToString());
        await using var renderer = new HtmlRenderer(session.Services, NullLoggerFactory.Instance);
        Assert.Equal(Expected, await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<Sample>(ParameterView.FromDictionary(parameters))).ToHtmlString()));
    }

    private sealed class Initialising : ComponentBase
    {
        protected override void OnParametersSet()
        {
        }
    }

    private sealed class Sample : ComponentBase
    {
        [Parameter]
        public string Name { get; set; } = "";

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "p");
            builder.AddAttribute(1, "class", Name);
            builder.AddAttribute(2, "hidden", true);
            builder.AddAttribute(3, "draggable", false);
            builder.AddAttribute(4, "onclick", () => { });
            builder.AddContent(5, Name);
            builder.CloseElement();
            builder.OpenElement(6, "br");
            builder.CloseElement();
            builder.OpenElement(7, "div");
            builder.CloseElement();
            builder.OpenElement(8, "script");
            builder.AddContent(9, "\"<");
            builder.CloseElement();
        }
    }
}
