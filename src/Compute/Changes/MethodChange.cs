namespace Site.Compute.Changes;

/// <summary>A mean series whose method changed (for example to pupil-weighted when pupil counts arrive for every
/// year).</summary>
public sealed record MethodChange(string Series, string Before, string After);
