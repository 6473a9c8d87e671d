namespace Site.Compute.Texts;

/// <summary>The English text's mark (<see cref="PickedText{TLanguage}"/>).</summary>
public readonly struct InEnglish : ILanguageMark
{
    public static bool IsSwedish => false;
}
