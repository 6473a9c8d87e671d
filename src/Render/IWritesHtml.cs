namespace Site.Render;

/// <summary>
/// A component whose HTML is text it makes itself, which <see cref="ComponentHtmlWriter"/> has it write straight into
/// the page instead of running its template. The template must make the same text (Blazor's renderer, which the tests
/// hold the writer to, runs it).
/// </summary>
public interface IWritesHtml
{
    void WriteHtml(TextWriter output);
}
