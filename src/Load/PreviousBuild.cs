namespace Site.Load;

/// <summary>What the previously published build left in the output folder: its manifest and its change list, as bytes.</summary>
public sealed record PreviousBuild(byte[]? Manifest, byte[]? Changes);
