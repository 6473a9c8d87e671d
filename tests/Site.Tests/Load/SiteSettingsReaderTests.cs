using Site.Diagnostics;
using Site.Load;

namespace Site.Tests.Load;

public class SiteSettingsReaderTests
{
    private const string Base = "\"title\": \"T\", \"baseUrl\": \"https://x.se\", \"areaName\": \"A\"";

    [Theory]
    [InlineData("\"0180\"", false, "0180")]
    [InlineData("[\"1480\", \"0180\", \"0180\"]", false, "0180,1480")]
    [InlineData("\"all\"", true, "")]
    public void Municipalities_take_one_code_a_list_or_all(string json, bool all, string codes)
    {
        var diagnostics = new DiagnosticBag();

        var settings = SiteSettingsReader.Read("site.json", $"{{{Base}, \"municipalities\": {json}}}", diagnostics);

        Assert.False(diagnostics.HasErrors);
        Assert.Equal(all, settings!.AllMunicipalities);
        Assert.Equal(codes, string.Join(",", settings.Municipalities));
        Assert.True(settings.MunicipalitiesAsDistricts);
        Assert.Equal(all || codes.Contains("1480", StringComparison.Ordinal), settings.Publishes("1480"));
    }

    [Theory]
    [InlineData("\"180\"")]
    [InlineData("[]")]
    [InlineData("\"alla\"")]
    [InlineData("[\"0180\", 180]")]
    [InlineData("null")]
    public void Anything_else_is_an_error_that_shows_the_forms(string json)
    {
        var diagnostics = new DiagnosticBag();

        var settings = SiteSettingsReader.Read("site.json", $"{{{Base}, \"municipalities\": {json}}}", diagnostics);

        Assert.Null(settings);
        Assert.Contains(
            "site.json:1: error: municipalities must be a 4-digit municipality code, a list of them, or \"all\"",
            Assert.Single(diagnostics.Items).ToString(),
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_districts_file_needs_its_name_property()
    {
        var diagnostics = new DiagnosticBag();

        SiteSettingsReader.Read(
            "site.json",
            $"{{{Base}, \"municipalities\": \"0180\", \"districtsFile\": \"d.geojson\"}}",
            diagnostics);

        Assert.Equal(
            "site.json:1: error: the setting 'districtNameProperty' is missing. Fix: see data/README.md for the keys "
            + "of site.json",
            Assert.Single(diagnostics.Items).ToString());
    }
}
