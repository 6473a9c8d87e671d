namespace Site.Tests.Build;

/// <summary>
/// The generated _redirects against Netlify's documented rule semantics: a rule is read as "from to status", and an
/// unforced rule (no '!') is shadowed wherever a file exists at its path, so every rule written must point from a path
/// the build leaves empty to a page the build writes.
/// </summary>
public class RedirectsTests
{
    [Fact]
    public void A_replaced_code_redirects_and_a_merged_school_with_results_keeps_its_own_page()
    {
        using var temp = TestPaths.Temp();
        var data = temp.Copy(TestPaths.Small, "data");
        var registry = Path.Combine(data, "schools.csv");
        // 44444444 has no results of its own and was replaced by Norra; Lilla skolan (results, all '..') was merged
        // into Södra.
        File.WriteAllText(
            registry,
            File.ReadAllText(
                registry).Replace(
                    "33333333,\"Lilla skolan <b>\",9999,municipal,,,Södra Ön,",
                    "33333333,\"Lilla skolan <b>\",9999,municipal,,,Södra Ön,22222222",
                    StringComparison.Ordinal)
                + "44444444,Gamla Norra,9999,municipal,1.5,0.5,,11111111\n");

        using var site = new BuiltSite(data, TestPaths.SmallInput);

        Assert.True(site.ExitCode == 0, site.Log);
        var rules = File.ReadAllLines(Path.Combine(site.Output, "_redirects"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(' '))
            .ToList();
        Assert.Equal(
            [
                ["/skolor/44444444/", "/skolor/11111111/", "301"],
                ["/en/skolor/44444444/", "/en/skolor/11111111/", "301"],
                ["/data/skolor/44444444.csv", "/data/skolor/11111111.csv", "301"]],
            rules);
        foreach (var rule in rules)
        {
            Assert.False(rule[2].EndsWith('!'), "a forced rule would hide a page");
            Assert.False(
                File.Exists(Target(site.Output, rule[0])),
                $"{rule[0]} exists, so Netlify would never apply the rule");
            Assert.True(File.Exists(Target(site.Output, rule[1])), $"{rule[1]} does not exist");
        }

        // The merged school keeps its page for its earlier years, and says where it went.
        var merged = site.Page("/skolor/33333333/");
        Assert.Contains("/skolor/22222222/", merged.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    private static string Target(string output, string path) =>
        Path.Combine(output, path.Trim('/'), path.EndsWith('/') ? "index.html" : "");
}
