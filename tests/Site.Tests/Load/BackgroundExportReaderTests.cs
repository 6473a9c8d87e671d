using Site.Diagnostics;
using Site.Load;
using Site.Model;

namespace Site.Tests.Load;

public class BackgroundExportReaderTests
{
    [Fact]
    public void Reads_the_real_background_export_with_its_markers()
    {
        var path = Directory.GetFiles(Path.Combine(TestPaths.RealData, "background"), "*.csv").Single();
        var diagnostics = new DiagnosticBag();

        var file = BackgroundExportReader.Read(
            path,
            TextFileDecoder.Lines(TextFileDecoder.Decode(path, File.ReadAllBytes(path), diagnostics)!),
            diagnostics)!;

        Assert.Empty(diagnostics.Items);
        Assert.Equal(new SchoolYear(2025), file.Year);
        Assert.Equal(4628, file.Rows.Count);
        Assert.Equal(245, file.Rows.Count(r => r.MunicipalityCode == "0180"));
        var europaskolan = file.Rows.Single(r => r.SchoolCode == "79969356");
        Assert.Equal(ResultValue.Reported(47.6m), europaskolan.ForeignBackgroundPct);
        Assert.Equal(ResultValue.Reported(89.6m), europaskolan.ParentsPostSecondaryPct);
        Assert.Equal(ResultValue.Reported(424m), europaskolan.Pupils);
        Assert.Equal("Områden med goda socioekonomiska förutsättningar", europaskolan.AreaType);
        Assert.Equal(
            ResultValue.Marker(ValueStatus.Suppressed),
            file.Rows.Single(r => r.SchoolCode == "46646143").ForeignBackgroundPct);
        Assert.Contains(file.Rows, r => r.Pupils.Number >= 1000);
    }
}
