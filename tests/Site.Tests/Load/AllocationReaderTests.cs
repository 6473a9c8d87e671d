using Site.Diagnostics;
using Site.Load;
using Site.Model;

namespace Site.Tests.Load;

public class AllocationReaderTests
{
    [Theory]
    [InlineData("swedish.csv")]
    [InlineData("rfc4180.csv")]
    public void Reads_both_dialects_to_the_same_rows(string file)
    {
        var path = Path.Combine(TestPaths.Fixtures, "allocation", file);
        var diagnostics = new DiagnosticBag();

        var rows = AllocationReader.Read(
            path,
            TextFileDecoder.Decode(path, File.ReadAllBytes(path), diagnostics)!,
            diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Equal(
            [("11111111", 12.5m, 1900m, (int?)1104), ("33333333", 80m, 53000.5m, null)],
            rows.Select(r => (r.SchoolCode, r.SocioeconomicIndex, r.SekPerPupil, r.Pupils)));
        Assert.All(rows, r => Assert.Equal(new SchoolYear(2024), r.Year));
    }

    [Theory]
    [InlineData("allocation-decimal-point-in-swedish.csv", ":2:3: error: socioeconomic_index must be a number from 0 "
        + "to 1000 with decimal comma, e.g. 12 450,5 (value: '12.5')")]
    [InlineData("allocation-negative.csv", ":2:4: error: sek_per_pupil must be a number from 0 to 1000000 with decimal "
        + "point, e.g. 12450.5 (value: '-5')")]
    public void Bad_allocation_cells_are_errors(string file, string expected)
    {
        var path = Path.Combine(TestPaths.Fixtures, "errors", file);
        var diagnostics = new DiagnosticBag();

        AllocationReader.Read(path, File.ReadAllText(path), diagnostics);

        Assert.Contains(diagnostics.Items, d => d.ToString() == path + expected + ".");
    }
}
