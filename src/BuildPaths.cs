namespace Site;

/// <summary>The folders a build reads from and writes to.</summary>
public sealed record BuildPaths(string Data, string Input, string Output);
