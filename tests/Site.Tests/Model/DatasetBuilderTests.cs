using Site.Diagnostics;
using Site.Load;
using Site.Model;

namespace Site.Tests.Model;

public class DatasetBuilderTests
{
    private static (Dataset? Dataset, DiagnosticBag Diagnostics) Build(string data)
    {
        var diagnostics = new DiagnosticBag();
        var inputs = LoadInputs.Run(data, null, diagnostics);
        return (inputs is null ? null : DatasetBuilder.Build(inputs, diagnostics), diagnostics);
    }

    [Fact]
    public void Builds_the_small_fixture_keeping_only_published_municipalities()
    {
        var (dataset, diagnostics) = Build(TestPaths.Small);

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        Assert.Equal(["11111111", "22222222", "33333333"], dataset!.Schools.Select(s => s.Code));
        Assert.Equal(["Norra Ön", "Södra Ön"], dataset.Districts.Select(d => d.Name));
        Assert.Equal([new SchoolYear(2023), new SchoolYear(2024)], dataset.Years);
    }

    [Theory]
    [InlineData("11111111", "Norra Ön")]
    [InlineData("22222222", "Södra Ön")]
    [InlineData("33333333", "Södra Ön")]
    public void Assigns_districts_by_polygon_or_override(string code, string district)
    {
        var (dataset, _) = Build(TestPaths.Small);

        Assert.Equal(district, dataset!.Schools.Single(s => s.Code == code).District?.Name);
    }

    [Fact]
    public void Equal_values_from_two_files_become_one_value_with_both_sources()
    {
        var (dataset, _) = Build(TestPaths.Small);

        var merit = dataset!
            .ResultsOf("11111111")
            .Single(r => r.Year == new SchoolYear(2024) && r.Measure == Measure.MeritValue);

        Assert.Equal(ResultValue.Reported(250.5m), merit.Value);
        Assert.Equal(2, merit.Sources.Count);
    }

    [Fact]
    public void A_schools_years_are_each_year_with_a_row_once_oldest_first()
    {
        // history.csv has 11111111's three 2023/24 rows and its 2024/25 merit value, the 2024/25 export its three
        // 2024/25 cells; 44444444 is in the export only, of another municipality, so not published.
        var (dataset, _) = Build(TestPaths.Small);
        Assert.Equal([new SchoolYear(2023), new SchoolYear(2024)], dataset!.YearsOf("11111111"));
        Assert.Empty(dataset.YearsOf("44444444"));
        Assert.Empty(dataset.YearsOf("99999999"));
    }

    [Fact]
    public void Different_values_from_two_files_are_an_error_naming_both()
    {
        using var temp = TestPaths.Temp();
        var data = temp.Copy(TestPaths.Small, "data");
        var history = Path.Combine(data, "results", "history.csv");
        File.WriteAllText(
            history,
            File.ReadAllText(history).Replace("2024/25,merit_value,ok,250.5", "2024/25,merit_value,ok,251.5"));

        var (dataset, diagnostics) = Build(data);

        Assert.Null(dataset);
        var error = Assert.Single(diagnostics.Items, d => d.Severity == Severity.Error).ToString();
        Assert.Contains("history.csv:5:5", error);
        Assert.Contains("export-2024.csv:7:11 says 250.5", error);
        Assert.Contains("this file says 251.5", error);
    }

    [Fact]
    public void A_school_with_results_but_not_in_the_registry_is_an_error()
    {
        using var temp = TestPaths.Temp();
        var data = temp.Copy(TestPaths.Small, "data");
        var schools = Path.Combine(data, "schools.csv");
        File.WriteAllLines(
            schools,
            File.ReadAllLines(schools).Where(l => !l.StartsWith("22222222", StringComparison.Ordinal)));

        var (dataset, diagnostics) = Build(data);

        Assert.Null(dataset);
        var messages = diagnostics.Items.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()).ToList();
        Assert.Contains(
            messages,
            m => m.Contains(
                "export-2024.csv:8: error: school 22222222 (Södra skolan) has results but is not in schools.csv",
                StringComparison.Ordinal));
        Assert.Contains(
            messages,
            m => m.Contains(
                "history.csv:6:1: error: school 22222222 has results but is not in schools.csv",
                StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_district_override_and_a_school_outside_every_district_are_reported()
    {
        using var temp = TestPaths.Temp();
        var data = temp.Copy(TestPaths.Small, "data");
        var schools = Path.Combine(data, "schools.csv");
        File.WriteAllText(
            schools,
            File.ReadAllText(schools)
                .Replace(",,Södra Ön,", ",,Västra Ön,")
                .Replace("9999,municipal,1.5,0.5", "9999,municipal,5.5,5.5"));

        var (_, diagnostics) = Build(data);

        var messages = diagnostics.Sorted().Select(d => d.ToString()).ToList();
        Assert.Contains(
            messages,
            m => m.Contains(
                ":4:7: error: school 33333333 names a district that is not in the boundary file (value: 'Västra Ön'). "
                + "Fix: use one of: Norra Ön, Södra Ön",
                StringComparison.Ordinal));
        Assert.Contains(
            messages,
            m => m.Contains(
                ":2: warning: school 11111111 (Norra skolan) at 5.5,5.5 lies outside every district",
                StringComparison.Ordinal));
    }

    [Fact]
    public void A_duplicate_registry_row_is_an_error()
    {
        using var temp = TestPaths.Temp();
        var data = temp.Copy(TestPaths.Small, "data");
        File.AppendAllText(Path.Combine(data, "schools.csv"), "11111111,Norra skolan igen,9999,municipal,1.5,0.5,,\n");

        var (_, diagnostics) = Build(data);

        Assert.Contains(
            diagnostics.Items,
            d => d
                .ToString()
                .Contains(":5:1: error: school 11111111 is in the registry twice", StringComparison.Ordinal));
    }

    [Fact]
    public void The_real_data_builds_with_every_stockholm_school()
    {
        var (dataset, diagnostics) = Build(TestPaths.RealData);

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        // Only that the dates of Skolverket's files are not recorded (the frozen copy has no sidecars for them): the
        // three results, background and official files, and the eleven municipality reports of municipalities/.
        Assert.Equal(3 + 11, diagnostics.Items.Count);
        Assert.All(
            diagnostics.Items,
            d => Assert.Contains("date for Grundskola - ", d.ToString(), StringComparison.Ordinal));
        Assert.Equal(150, dataset!.Schools.Count);
        Assert.Equal(13, dataset.Districts.Count);
        Assert.All(dataset.Schools, s => Assert.NotNull(s.District));
        Assert.Equal("Norrmalm", dataset.Schools.Single(s => s.Code == "99648792").District?.Name);
        Assert.Equal(Enumerable.Range(2020, 5).Select(y => new SchoolYear(y)), dataset.Years);
    }

    [Fact]
    public void An_export_without_its_dates_is_warned_about_and_the_pages_get_the_recorded_ones()
    {
        using var temp = TestPaths.Temp();
        var data = temp.Copy(TestPaths.Small, "data");

        var (_, without) = Build(data);
        File.WriteAllText(
            Path.Combine(data, "results", "export-2024.meta.json"),
            "{\"published\": \"2025-09-30\", \"retrieved\": \"2026-01-12\"}");
        var (dataset, with) = Build(data);

        Assert.Contains(
            without.Items,
            d => d
                .ToString()
                .Contains(
                    "export-2024.meta.json:0: warning: no published or retrieved date for export-2024.csv",
                    StringComparison.Ordinal));
        Assert.DoesNotContain(with.Items, d => d.ToString().Contains("export-2024", StringComparison.Ordinal));
        var export = dataset!.Sources.Single(s => s.Path.EndsWith("export-2024.csv", StringComparison.Ordinal));
        Assert.Equal(
            ("2025-09-30", "2026-01-12", SourceKind.Export),
            (export.Published, export.Retrieved, export.Kind));
    }
}
