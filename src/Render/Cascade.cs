namespace Site.Render;

/// <summary>
/// A value a <c>CascadingValue</c> gives the components inside it: its declared type, its name if any.
/// </summary>
public sealed record Cascade(Type Type, string? Name, object? Value)
{
    /// <summary>Whether a cascading parameter of this type (and name, when it asks for one) takes this value.</summary>
    public bool Supplies(Type parameter, string? name) =>
        name is { Length: > 0 }
            ? string.Equals(name, Name, StringComparison.OrdinalIgnoreCase)
            : Name is not { Length: > 0 } && parameter.IsAssignableFrom(Type);
}
