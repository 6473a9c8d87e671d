using System.Runtime.CompilerServices;

namespace Site.Compute.Texts;

/// <summary>
/// One language's text of <see cref="Texts.Pick(PickedText{Swedish}, PickedText{English})"/>, written as an
/// interpolated string: formatted only when it is the language picked. Pick evaluated both arguments, so every page
/// formatted its numbers and names twice and threw one away (the school pages' sentences and titles: ~100 MB of
/// strings in a national build). The text it makes is what the interpolated string makes (it is built by
/// <see cref="DefaultInterpolatedStringHandler"/>, which the compiler uses for a string).
/// </summary>
/// <typeparam name="TLanguage">The language whose text this is.</typeparam>
[InterpolatedStringHandler]
public ref struct PickedText<TLanguage>
    where TLanguage : struct, ILanguageMark
{
    private DefaultInterpolatedStringHandler text;
    private readonly bool picked;

    public PickedText(int literalLength, int formattedCount, Texts texts, out bool picked)
    {
        this.picked = picked = texts.IsSwedish == TLanguage.IsSwedish;
        text = picked ? new DefaultInterpolatedStringHandler(literalLength, formattedCount) : default;
    }

    public void AppendLiteral(string value) => text.AppendLiteral(value);

    public void AppendFormatted<T>(T value) => text.AppendFormatted(value);

    public void AppendFormatted<T>(T value, string? format) => text.AppendFormatted(value, format);

    public void AppendFormatted<T>(T value, int alignment) => text.AppendFormatted(value, alignment);

    public void AppendFormatted<T>(T value, int alignment, string? format) =>
        text.AppendFormatted(value, alignment, format);

    public void AppendFormatted(ReadOnlySpan<char> value) => text.AppendFormatted(value);

    public void AppendFormatted(string? value) => text.AppendFormatted(value);

    /// <summary>The text; empty when it is not the language picked (never read then).</summary>
    public string ToStringAndClear() => picked ? text.ToStringAndClear() : "";
}
