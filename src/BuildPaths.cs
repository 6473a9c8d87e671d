namespace Site;

/// <summary>The folders a build reads from and writes to.</summary>
/// <param name="Cache">Where parsed inputs are kept between builds (<see cref="Load.ParsedInputStore"/>); null keeps
/// none.</param>
public sealed record BuildPaths(string Data, string Input, string Output, string? Cache = null);
