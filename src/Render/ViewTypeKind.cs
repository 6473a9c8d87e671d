namespace Site.Render;

/// <summary>How <see cref="ViewFingerprints"/> writes a value of a type.</summary>
public enum ViewTypeKind
{
    /// <summary>
    /// A delegate, or a class whose state is not all in its public properties: its page is always rendered.
    /// </summary>
    Unhashable,
    Text,
    Value,
    Sequence,
    Record,
}
