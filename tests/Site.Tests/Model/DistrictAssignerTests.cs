using NetTopologySuite.IO;
using Site.Diagnostics;
using Site.Model;

namespace Site.Tests.Model;

/// <summary>
/// A school lies in the first district (by name) whose boundary covers its point, its boundary included: two unit
/// squares side by side share the edge x = 1, worked by hand.
/// </summary>
public class DistrictAssignerTests
{
    private static readonly District West =
        new("Väster", "vaster", new WKTReader().Read("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))"));

    private static readonly District East =
        new("Öster", "oster", new WKTReader().Read("POLYGON ((1 0, 2 0, 2 1, 1 1, 1 0))"));

    private static (District? District, DiagnosticBag Diagnostics) Assign(double lon, double lat)
    {
        var diagnostics = new DiagnosticBag();
        var school = new SchoolRecord(
            Code: "10000001",
            Name: "Skolan",
            MunicipalityCode: "0180",
            Organizer: OrganizerType.Municipal,
            Latitude: lat,
            Longitude: lon,
            DistrictOverride: null,
            SuccessorCode: null,
            Source: new SourceRef("schools.csv", 2));
        return (new DistrictAssigner([West, East]).Assign(school, diagnostics), diagnostics);
    }

    [Theory]
    [InlineData(0.5, 0.5, "vaster")] // inside the west square
    [InlineData(1.5, 0.25, "oster")] // inside the east square
    [InlineData(1.0, 0.5, "vaster")] // on the shared edge: both cover it, the first by name wins
    [InlineData(2.0, 1.0, "oster")] // the east square's outer corner
    [InlineData(0.0, 0.3, "vaster")] // the west square's outer edge
    public void A_point_goes_to_the_first_district_that_covers_it(double lon, double lat, string slug)
    {
        var (district, diagnostics) = Assign(lon, lat);

        Assert.Equal(slug, district?.Slug);
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void A_point_outside_every_district_has_none_and_a_warning()
    {
        var (district, diagnostics) = Assign(2.5, 0.5);

        Assert.Null(district);
        var warning = Assert.Single(diagnostics.Items).ToString();
        Assert.Contains("lies outside every district", warning, StringComparison.Ordinal);
    }
}
