namespace Site.Tests.Build;

/// <summary>The default Stockholm site, built once from the repository's data/ and input/.</summary>
public sealed class RealSiteFixture() : BuiltSite(TestPaths.RealData, Path.Combine(TestPaths.Repo, "input"));
