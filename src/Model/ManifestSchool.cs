namespace Site.Model;

/// <summary>A published school as the manifest keeps it.</summary>
public sealed record ManifestSchool(string Code, string Name, string? Successor);
