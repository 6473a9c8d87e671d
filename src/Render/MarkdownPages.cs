using Markdig;
using Markdig.Syntax;
using Site.Compute;
using Site.Compute.Views;
using Site.Load;

namespace Site.Render;

/// <summary>Turns the Markdown pages of input/ into content views with Markdig; the first level-1 heading is the
/// title.</summary>
public static class MarkdownPages
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .UseFootnotes()
        .Build();

    /// <param name="fragments">HTML computed from the data, put where the page says <c>&lt;!-- name --&gt;</c> on a
    /// line of its own.</param>
    public static ContentPageView Build(
        MarkdownSource source,
        FrameView frame,
        IReadOnlyDictionary<string, string> fragments)
    {
        var document = Markdown.Parse(source.Text, Pipeline);
        var heading = document.Descendants<HeadingBlock>().FirstOrDefault(h => h.Level == 1);
        var title = heading?.Inline?.FirstChild is null ? source.Slug : InlineText(heading);
        var firstParagraph = document.Descendants<ParagraphBlock>().FirstOrDefault();
        var description = firstParagraph is null ? title : InlineText(firstParagraph);
        var html = fragments.Aggregate(
            document.ToHtml(Pipeline),
            (text, fragment) => text.Replace(
                Placeholders.Comment(fragment.Key),
                fragment.Value,
                StringComparison.Ordinal));
        var meta = new PageMeta(
            Routes.Content(frame.T, source.Slug),
            title,
            title,
            description,
            [new LinkView(frame.AreaName, Routes.City(frame.T))]);
        return new ContentPageView(meta, frame, html);
    }

    private static string InlineText(LeafBlock block)
    {
        using var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer) { EnableHtmlForInline = false };
        renderer.WriteLeafInline(block);
        writer.Flush();
        return writer.ToString().Trim();
    }
}
