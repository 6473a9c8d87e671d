namespace Site.Compute.Texts;

/// <summary>Marks a language at compile time, for <see cref="PickedText{TLanguage}"/>.</summary>
public interface ILanguageMark
{
    static abstract bool IsSwedish { get; }
}
