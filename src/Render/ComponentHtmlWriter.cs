// The render tree's frames are Blazor's own types, "not recommended outside the framework" because they may change
// between releases: the framework is the SDK's, fixed per release, and RazorPagesTests hold every page of the test
// sites equal to HtmlRenderer's, so a change in them fails a test before it changes a page.
#pragma warning disable BL0006
using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.RenderTree;

namespace Site.Render;

/// <summary>
/// Writes a Razor component as static HTML by running its compiled template (and its children's) and writing the
/// frames the templates made, the HTML Blazor's HtmlRenderer writes for them, byte for byte. The renderer also diffed
/// every page against an empty one, kept a state and a batch of edits per component and ran each page through its
/// dispatcher: without them a national build's render and write took 4.38-4.58 s instead of 4.71-5.18 s (4 alternating
/// runs). Pages are still their Razor components; only the renderer's machinery a static page does not need is left
/// out.
/// One writer renders one page at a time (its builders are reused, a level of nesting each); the session lends it to
/// one renderer after another.
/// </summary>
public sealed class ComponentHtmlWriter(
    IServiceProvider services, ConcurrentDictionary<Type, ComponentKind> kinds, TextEncoder htmlEncoder) : IDisposable
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    };

    private readonly List<RenderTreeBuilder> builders = [];
    private readonly List<Cascade> cascade = [];
    private readonly TextEncoder html = htmlEncoder;
    private TextEncoder encoder = htmlEncoder;
    private string? selectValue;

    /// <summary>
    /// Writes the component <paramref name="type"/> with these parameters to <paramref name="output"/>.
    /// </summary>
    public void Write(Type type, IDictionary<string, object?> parameters, TextWriter output)
    {
        // A page that failed half-way (its error reported) leaves nothing in scope for the next.
        cascade.Clear();
        encoder = html;
        selectValue = null;
        WriteComponent(type, parameters, output, depth: 0);
    }

    public void Dispose()
    {
        foreach (var builder in builders)
        {
            builder.Dispose();
        }
    }

    private void WriteComponent(Type type, IDictionary<string, object?> parameters, TextWriter output, int depth)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(CascadingValue<>))
        {
            // A cascading value renders its content with the value in scope for the components inside it.
            parameters.TryGetValue(nameof(CascadingValue<>.Name), out var name);
            parameters.TryGetValue(nameof(CascadingValue<>.Value), out var value);
            cascade.Add(new Cascade(type.GetGenericArguments()[0], name as string, value));
            if (parameters.TryGetValue(nameof(CascadingValue<>.ChildContent), out var content)
                && content is RenderFragment fragment)
            {
                WriteFragment(fragment, output, depth);
            }

            cascade.RemoveAt(cascade.Count - 1);
            return;
        }

        var kind = kinds.GetOrAdd(type, ComponentKind.Of);
        var component = kind.Make(services, cascade);
        foreach (var (name, value) in parameters)
        {
            kind.Set(component, name, value);
        }

        Render(component, depth, output);
    }

    private void Render(ComponentBase component, int depth, TextWriter output)
    {
        if (component is IWritesHtml writes)
        {
            writes.WriteHtml(output);
            return;
        }

        var builder = Builder(depth);
        ComponentKind.Render(component, builder);
        WriteFrames(builder.GetFrames(), output, depth);
    }

    private void WriteFragment(RenderFragment fragment, TextWriter output, int depth)
    {
        var builder = Builder(depth);
        fragment(builder);
        WriteFrames(builder.GetFrames(), output, depth);
    }

    /// <summary>
    /// The builder of a nesting level, emptied: the frames of the levels above are still being written.
    /// </summary>
    private RenderTreeBuilder Builder(int depth)
    {
        while (builders.Count <= depth)
        {
            builders.Add(new RenderTreeBuilder());
        }

        builders[depth].Clear();
        return builders[depth];
    }

    private void WriteFrames(ArrayRange<RenderTreeFrame> frames, TextWriter output, int depth) =>
        WriteFrames(frames, 0, frames.Count, output, depth);

    private void WriteFrames(ArrayRange<RenderTreeFrame> frames, int from, int count, TextWriter output, int depth)
    {
        var end = from + count;
        for (var i = from; i < end;)
        {
            i = WriteFrame(frames, i, output, depth);
        }
    }

    private int WriteFrame(ArrayRange<RenderTreeFrame> frames, int at, TextWriter output, int depth)
    {
        ref var frame = ref frames.Array[at];
        switch (frame.FrameType)
        {
            case RenderTreeFrameType.Element:
                return WriteElement(frames, at, output, depth);
            case RenderTreeFrameType.Text:
                encoder.Encode(output, frame.TextContent);
                return at + 1;
            case RenderTreeFrameType.Markup:
                output.Write(frame.MarkupContent);
                return at + 1;
            case RenderTreeFrameType.Component:
                WriteChild(frames, at, output, depth + 1);
                return at + frame.ComponentSubtreeLength;
            case RenderTreeFrameType.Region:
                WriteFrames(frames, at + 1, frame.RegionSubtreeLength - 1, output, depth);
                return at + frame.RegionSubtreeLength;
            case RenderTreeFrameType.ElementReferenceCapture:
            case RenderTreeFrameType.ComponentReferenceCapture:
                return at + 1;
            default:
                throw new NotSupportedException(
                    $"a page's template made a {frame.FrameType} frame, which a static page has no HTML for");
        }
    }

    /// <summary>A child component, its parameters set straight from the attribute frames after its frame.</summary>
    private void WriteChild(ArrayRange<RenderTreeFrame> frames, int at, TextWriter output, int depth)
    {
        var type = frames.Array[at].ComponentType;
        if (type.IsGenericType)
        {
            // A cascading value (or any generic component) by the general way.
            WriteComponent(type, Parameters(frames, at), output, depth);
            return;
        }

        var kind = kinds.GetOrAdd(type, ComponentKind.Of);
        var component = kind.Make(services, cascade);
        var end = at + frames.Array[at].ComponentSubtreeLength;
        for (var i = at + 1; i < end && frames.Array[i].FrameType == RenderTreeFrameType.Attribute; i++)
        {
            kind.Set(component, frames.Array[i].AttributeName, frames.Array[i].AttributeValue);
        }

        Render(component, depth, output);
    }

    /// <summary>A child component's parameters: the attribute frames right after its frame.</summary>
    private static Dictionary<string, object?> Parameters(ArrayRange<RenderTreeFrame> frames, int at)
    {
        var end = at + frames.Array[at].ComponentSubtreeLength;
        var parameters = new Dictionary<string, object?>(end - at - 1, StringComparer.Ordinal);
        for (var i = at + 1; i < end && frames.Array[i].FrameType == RenderTreeFrameType.Attribute; i++)
        {
            parameters[frames.Array[i].AttributeName] = frames.Array[i].AttributeValue;
        }

        return parameters;
    }

    private int WriteElement(ArrayRange<RenderTreeFrame> frames, int at, TextWriter output, int depth)
    {
        ref var frame = ref frames.Array[at];
        var name = frame.ElementName;
        var end = at + frame.ElementSubtreeLength;
        output.Write('<');
        output.Write(name);
        var textArea = name.Equals("textarea", StringComparison.OrdinalIgnoreCase);
        var (children, value) = WriteAttributes(frames, at + 1, end, output, includeValue: !textArea);

        // Blazor's select binding as static HTML: the option whose value is the select's is marked selected.
        if (selectValue is not null
            && name.Equals("option", StringComparison.OrdinalIgnoreCase)
            && string.Equals(value, selectValue, StringComparison.Ordinal))
        {
            output.Write(" selected");
        }

        if (children == end && !textArea)
        {
            output.Write(VoidElements.Contains(name) ? " />" : $"></{name}>");
            return end;
        }

        output.Write('>');
        var select = name.Equals("select", StringComparison.OrdinalIgnoreCase);
        if (select)
        {
            selectValue = value;
        }

        if (textArea && !string.IsNullOrEmpty(value))
        {
            encoder.Encode(output, value);
        }
        else if (name.Equals("script", StringComparison.OrdinalIgnoreCase))
        {
            // Text inside a script is JavaScript-encoded, as Blazor does (the charts' JSON is markup, written as is).
            var outer = encoder;
            encoder = JavaScriptEncoder.Default;
            WriteFrames(frames, children, end - children, output, depth);
            encoder = outer;
        }
        else
        {
            WriteFrames(frames, children, end - children, output, depth);
        }

        if (select)
        {
            selectValue = null;
        }

        output.Write("</");
        output.Write(name);
        output.Write('>');
        return end;
    }

    /// <summary>Writes an element's attributes; returns where its children start and its value attribute.</summary>
    private (int Children, string? Value) WriteAttributes(
        ArrayRange<RenderTreeFrame> frames, int from, int end, TextWriter output, bool includeValue)
    {
        string? value = null;
        for (var i = from; i < end; i++)
        {
            ref var frame = ref frames.Array[i];
            if (frame.FrameType != RenderTreeFrameType.Attribute)
            {
                if (frame.FrameType == RenderTreeFrameType.ElementReferenceCapture)
                {
                    continue;
                }

                return (i, value);
            }

            if (frame.AttributeName.Equals("value", StringComparison.OrdinalIgnoreCase))
            {
                value = frame.AttributeValue as string;
                if (!includeValue)
                {
                    continue;
                }
            }

            // True is the attribute alone, a string its encoded value; a handler or false has no HTML.
            if (frame.AttributeValue is true)
            {
                output.Write(' ');
                output.Write(frame.AttributeName);
            }
            else if (frame.AttributeValue is string text)
            {
                output.Write(' ');
                output.Write(frame.AttributeName);
                output.Write("=\"");
                encoder.Encode(output, text);
                output.Write('"');
            }
        }

        return (end, value);
    }
}
