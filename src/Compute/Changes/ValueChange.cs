using Site.Model;

namespace Site.Compute.Changes;

/// <summary>A school value that differs from the previously published one.</summary>
public sealed record ValueChange(ManifestValue Before, ManifestValue After);
