namespace Site.Render;

/// <summary>A rendered file: its path relative to the output folder (always '/'-separated) and its bytes.</summary>
public sealed record OutputFile(string RelativePath, byte[] Bytes);
