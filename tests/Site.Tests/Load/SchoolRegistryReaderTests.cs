using Site.Diagnostics;
using Site.Load;
using Site.Model;

namespace Site.Tests.Load;

public class SchoolRegistryReaderTests
{
    [Fact]
    public void Reads_the_registry_with_optional_columns()
    {
        var path = Path.Combine(TestPaths.Small, "schools.csv");
        var diagnostics = new DiagnosticBag();

        var schools = SchoolRegistryReader.Read(path, File.ReadAllText(path), diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Equal(3, schools.Count);
        Assert.Equal(OrganizerType.Independent, schools[1].Organizer);
        Assert.Equal(1.5, schools[0].Latitude);
        Assert.Null(schools[2].Latitude);
        Assert.Equal("Södra Ön", schools[2].DistrictOverride);
        Assert.Equal("Lilla skolan <b>", schools[2].Name);
    }

    [Fact]
    public void The_district_and_successor_columns_may_be_left_out()
    {
        var diagnostics = new DiagnosticBag();

        var schools = SchoolRegistryReader.Read(
            "s.csv",
            "school_code,name,municipality_code,organizer_type,lat,lon\n11111111,A,0180,municipal,59.3,18.0\n",
            diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Null(Assert.Single(schools).DistrictOverride);
    }
}
