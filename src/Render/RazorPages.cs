using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging.Abstractions;

namespace Site.Render;

/// <summary>
/// Renders Razor components to static HTML with ASP.NET Core's HtmlRenderer. An instance renders a few pages and is
/// disposed (see RenderSite.RenderAll), because its renderer keeps every component it rendered until then.
/// </summary>
public sealed class RazorPages : IAsyncDisposable
{
    private readonly HtmlRenderer renderer;

    /// <param name="session">The build's (or preview session's) services, shared by all its renderers.</param>
    public RazorPages(RenderSession session)
    {
        renderer = new HtmlRenderer(session.Services, NullLoggerFactory.Instance);
    }

    /// <summary>Renders a page and lends it to <paramref name="use"/>, which must not keep its bytes (see
    /// <see cref="Utf8PageWriter.Lend"/>).</summary>
    public Task RenderAsync<TComponent>(
        string relativePath, IDictionary<string, object?> parameters, Action<OutputFile> use)
        where TComponent : IComponent =>
        renderer.Dispatcher.InvokeAsync(async () =>
        {
            var root = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            using var html = new Utf8PageWriter();
            root.WriteHtmlTo(html);
            html.Lend(relativePath, use);
        });

    /// <summary>Renders a component to an HTML fragment, for insertion into a Markdown page.</summary>
    public Task<string> RenderFragmentAsync<TComponent>(IDictionary<string, object?> parameters)
        where TComponent : IComponent =>
        renderer.Dispatcher.InvokeAsync(async () => (await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters))).ToHtmlString());

    public ValueTask DisposeAsync() => renderer.DisposeAsync();
}
