using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Site.Render;

/// <summary>Renders Razor components to static HTML with ASP.NET Core's HtmlRenderer; one instance serves a whole build.</summary>
public sealed class RazorPages : IAsyncDisposable
{
    private readonly ServiceProvider services;
    private readonly HtmlRenderer renderer;

    public RazorPages()
    {
        // The default encoder escapes every non-ASCII letter (å → &#xE5;); Swedish text reads better, and weighs less, as itself.
        services = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
            .BuildServiceProvider();
        renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
    }

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

    public async ValueTask DisposeAsync()
    {
        await renderer.DisposeAsync();
        await services.DisposeAsync();
    }
}
