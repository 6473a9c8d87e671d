using Microsoft.AspNetCore.Components;

namespace Site.Render;

/// <summary>
/// Renders Razor components to static HTML: their templates run and written by a <see cref="ComponentHtmlWriter"/>,
/// the HTML ASP.NET Core's HtmlRenderer writes (RazorPagesTests hold them equal). An instance renders one page at a
/// time; a renderer per core.
/// </summary>
public sealed class RazorPages : IAsyncDisposable
{
    private readonly RenderSession session;
    private readonly ComponentHtmlWriter writer;

    /// <param name="session">The build's (or preview session's) services, shared by all its renderers.</param>
    public RazorPages(RenderSession session)
    {
        this.session = session;
        writer = session.Writer();
    }

    /// <summary>Renders a page and lends it to <paramref name="use"/>, which must not keep its bytes (see
    /// <see cref="Utf8PageWriter.Lend"/>).</summary>
    public Task RenderAsync<TComponent>(
        string relativePath, IDictionary<string, object?> parameters, Action<OutputFile> use)
        where TComponent : IComponent
    {
        using var html = new Utf8PageWriter();
        writer.Write(typeof(TComponent), parameters, html);
        html.Lend(relativePath, use);
        return Task.CompletedTask;
    }

    /// <summary>Renders a component to an HTML fragment, for insertion into a Markdown page.</summary>
    public Task<string> RenderFragmentAsync<TComponent>(IDictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        using var text = new StringWriter();
        writer.Write(typeof(TComponent), parameters, text);
        return Task.FromResult(text.ToString());
    }

    /// <summary>Gives the writer back to the session, for the next renderer.</summary>
    public ValueTask DisposeAsync()
    {
        session.Return(writer);
        return ValueTask.CompletedTask;
    }
}
