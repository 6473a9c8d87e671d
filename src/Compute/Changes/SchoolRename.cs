using Site.Model;

namespace Site.Compute.Changes;

/// <summary>A school whose name changed.</summary>
public sealed record SchoolRename(ManifestSchool Before, ManifestSchool After);
