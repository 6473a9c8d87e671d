namespace Site;

/// <summary>The folders a build reads from and writes to.</summary>
/// <param name="Cache">Where parsed inputs and chart templates are kept between builds
/// (<see cref="Load.ParsedInputStore"/>, <see cref="Render.ChartTemplateStore"/>); null keeps none.</param>
public sealed record BuildPaths(string Data, string Input, string Output, string? Cache = null);
