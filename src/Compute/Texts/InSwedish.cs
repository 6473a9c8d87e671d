namespace Site.Compute.Texts;

/// <summary>The Swedish text's mark (<see cref="PickedText{TLanguage}"/>).</summary>
public readonly struct InSwedish : ILanguageMark
{
    public static bool IsSwedish => true;
}
