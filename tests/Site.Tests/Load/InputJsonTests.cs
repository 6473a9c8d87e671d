using Site.Diagnostics;
using Site.Load;

namespace Site.Tests.Load;

/// <summary>
/// site.json and the sidecars are read strictly: a key the reader does not know is an error that names the file and the
/// line, never ignored; site.json, edited by hand, may carry comments; a sidecar's dates are yyyy-MM-dd.
/// </summary>
public sealed class InputJsonTests : IDisposable
{
    private const string Base = "\"title\": \"T\", \"baseUrl\": \"https://x.se\", \"areaName\": \"A\"";

    private readonly TempFolder temp = TestPaths.Temp();

    [Fact]
    public void Site_json_may_carry_comments()
    {
        var diagnostics = new DiagnosticBag();

        var json = $"{{\n// the city\n{Base}, \"municipalities\": \"0180\" /* Stockholm */\n}}";

        var settings = SiteSettingsReader.Read("site.json", json, diagnostics);

        Assert.False(diagnostics.HasErrors);
        Assert.Equal("T", settings!.Title);
    }

    [Fact]
    public void An_unknown_key_in_site_json_is_an_error_on_its_line()
    {
        var diagnostics = new DiagnosticBag();

        var settings = SiteSettingsReader.Read("site.json", $"{{{Base},\n\"titel\": \"T\"}}", diagnostics);

        Assert.Null(settings);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(new SourceRefLine("site.json", 2), new SourceRefLine(error.Where.File, error.Where.Line));
        Assert.Contains("titel", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"published\": \"2025-09-30\", \"retreived\": \"2026-04-21\"}", "not a valid source sidecar")]
    [InlineData("{\"published\": \"30/9 2025\"}", "a date must be written yyyy-MM-dd")]
    [InlineData("{\"Published\": \"2025-09-30\"}", "not a valid source sidecar")]
    public void A_sidecar_with_an_unknown_key_or_a_date_not_yyyy_mm_dd_is_an_error(string json, string message)
    {
        var data = Path.Combine(temp.Path, "export.csv");
        File.WriteAllText(SourceDates.PathFor(data), json);
        var diagnostics = new DiagnosticBag();

        var meta = SourceDates.Read(data, diagnostics, [], (path, _, _) => File.ReadAllText(path));

        Assert.Null(meta);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(SourceDates.PathFor(data), error.Where.File);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void A_sidecar_gives_its_dates_and_whether_the_file_is_unsuppressed()
    {
        var data = Path.Combine(temp.Path, "export.csv");
        File.WriteAllText(
            SourceDates.PathFor(data),
            "{\"published\": \"2025-09-30\", \"retrieved\": \"2026-04-21\", \"unsuppressed\": true}");
        var diagnostics = new DiagnosticBag();

        var meta = SourceDates.Read(data, diagnostics, [], (path, _, _) => File.ReadAllText(path))!;

        Assert.False(diagnostics.HasErrors);
        Assert.Equal(("2025-09-30", "2026-04-21", true), (meta.Published, meta.Retrieved, meta.Unsuppressed));
    }

    [Fact]
    public void An_allocation_sidecar_with_an_unknown_key_is_an_error()
    {
        var diagnostics = new DiagnosticBag();

        var meta = AllocationReader.ReadMeta("a.meta.json", "{\"illustrative\": true, \"notes\": \"x\"}", diagnostics);

        Assert.Null(meta);
        Assert.Equal("not a valid allocation sidecar", Assert.Single(diagnostics.Items).Message);
        var json = "{\"illustrative\": true, \"englishNote\": \"x\"}";
        var known = AllocationReader.ReadMeta("a.meta.json", json, diagnostics);
        Assert.True(known!.Illustrative);
    }

    public void Dispose() => temp.Dispose();

    private readonly record struct SourceRefLine(string File, int Line);
}
