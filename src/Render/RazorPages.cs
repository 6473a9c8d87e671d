using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Site.Render;

/// <summary>
/// Renders Razor components to static HTML with ASP.NET Core's HtmlRenderer. An instance renders a few pages and is
/// disposed (see RenderSite.RenderAll), because its renderer keeps every component it rendered until then.
/// </summary>
public sealed class RazorPages : IAsyncDisposable
{
    // The default encoder escapes every non-ASCII letter (å → &#xE5;); Swedish text reads better, and weighs less, as itself.
    // The services hold nothing per page, so every renderer shares them: making the encoder took longer than a page.
    private static readonly ServiceProvider Services = new ServiceCollection()
        .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
        .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
        .BuildServiceProvider();

    private readonly HtmlRenderer renderer = new(Services, NullLoggerFactory.Instance);

    public Task<OutputFile> RenderAsync<TComponent>(string relativePath, IDictionary<string, object?> parameters)
        where TComponent : IComponent =>
        renderer.Dispatcher.InvokeAsync(async () =>
        {
            var root = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            using var html = new Utf8PageWriter();
            root.WriteHtmlTo(html);
            return new OutputFile(relativePath, html.ToArray());
        });

    /// <summary>Renders a component to an HTML fragment, for insertion into a Markdown page.</summary>
    public Task<string> RenderFragmentAsync<TComponent>(IDictionary<string, object?> parameters)
        where TComponent : IComponent =>
        renderer.Dispatcher.InvokeAsync(async () => (await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters))).ToHtmlString());

    public ValueTask DisposeAsync() => renderer.DisposeAsync();
}
