using Site.Compute.Changes;
using Site.Model;

namespace Site.Tests.Compute.Changes;

public class ChangeDetectorTests
{
    private static readonly Dictionary<string, string> Methods = new() { ["all/merit_value"] = "unweighted" };

    private static Manifest Manifest(
        string[] years,
        ManifestSchool[] schools,
        ManifestValue[] values,
        Dictionary<string, string>? methods = null) =>
        new(years, schools, values, methods ?? Methods);

    private static ManifestValue V(string school, string year, string status, decimal? value) =>
        new(school, year, "merit_value", status, value);

    [Fact]
    public void A_first_build_has_nothing_to_compare_with()
    {
        var changes = ChangeDetector.Compare(null, Manifest(["2024/25"], [], []));

        Assert.True(changes.FirstBuild);
        Assert.True(changes.IsEmpty);
    }

    [Fact]
    public void Finds_new_years_revisions_suppressions_schools_and_method_changes()
    {
        var before = Manifest(
            ["2023/24"],
            [new("11111111", "Norra", null), new("22222222", "Södra", null), new("33333333", "Gamla", null)],
            [
                V("11111111", "2023/24", "ok", 245m),
                V("22222222", "2023/24", "ok", 200m),
                V("33333333", "2023/24", "ok", 210m)]);
        var after = Manifest(
            ["2023/24", "2024/25"],
            [new("11111111", "Norra skolan", null), new("22222222", "Södra", "44444444"), new("44444444", "Nya", null)],
            [
                V("11111111", "2023/24", "ok", 246m),
                V("22222222", "2023/24", "suppressed", null),
                V("44444444", "2024/25", "ok", 230m)],
            new() { ["all/merit_value"] = "pupil_weighted" });

        var changes = ChangeDetector.Compare(before, after);

        Assert.Equal(["2024/25"], changes.NewYears);
        Assert.Equal((245m, 246m), (changes.Revised.Single().Before.Value, changes.Revised.Single().After.Value));
        Assert.Equal("22222222", changes.NewlySuppressed.Single().After.School);
        Assert.Equal("44444444", changes.Opened.Single().Code);
        Assert.Equal("33333333", changes.Closed.Single().Code);
        Assert.Equal(
            ("Norra", "Norra skolan"),
            (changes.Renamed.Single().Before.Name, changes.Renamed.Single().After.Name));
        Assert.Equal("44444444", changes.Merged.Single().Successor);
        Assert.Equal(
            new MethodChange("all/merit_value", "unweighted", "pupil_weighted"),
            changes.MethodChanges.Single());
    }

    [Fact]
    public void The_same_data_keeps_the_previous_change_list()
    {
        var manifest = Manifest(["2024/25"], [], []);
        var bytes = Site.Render.ChangeFiles.Serialize(manifest);
        var kept = ChangeSet.None(false) with { NewYears = ["2024/25"] };

        var decided = ChangeHistory.Decide(
            new Site.Load.PreviousBuild(bytes, Site.Render.ChangeFiles.Serialize(kept)),
            manifest,
            new System.Buffers.ReadOnlySequence<byte>(bytes),
            Site.Render.ChangeFiles.Options,
            new Site.Diagnostics.DiagnosticBag());

        Assert.Equal(["2024/25"], decided.NewYears);
    }
}
