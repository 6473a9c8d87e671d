using System.Text;
using Site.Diagnostics;
using Site.Load;
using Site.Model;

namespace Site.Tests.Load;

/// <summary>A load's repeated texts are one string each, whichever file and row they were read from.</summary>
public class SharedStringsTests
{
    [Fact]
    public void Equal_texts_are_one_string_and_different_texts_stay_apart()
    {
        var strings = new SharedStrings();
        var first = strings.Of("37416253;0180".AsSpan(0, 8));
        var again = strings.Of("x37416253".AsSpan(1));

        Assert.Equal("37416253", first);
        Assert.Same(first, again);
        Assert.Equal("0180", strings.Of("37416253;0180".AsSpan(9)));
        Assert.NotSame(first, strings.Of("37416254"));
        Assert.Same("", strings.Of([]));
    }

    [Fact]
    public void Two_exports_read_in_one_load_share_their_codes_and_names()
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.Small, "results", "export-2024.csv"));
        var strings = new SharedStrings();
        var diagnostics = new DiagnosticBag();
        ResultsFile Read(string path) =>
            SkolverketExportReader.Read(
                path,
                TextFileDecoder.Lines(TextFileDecoder.Decode(path, Encoding.UTF8.GetBytes(text), diagnostics)!),
                diagnostics,
                strings)!;

        var (a, b) = (Read("a.csv"), Read("b.csv"));

        Assert.Empty(diagnostics.Items);
        Assert.Equal(4, a.Schools.Count);
        for (var i = 0; i < a.Schools.Count; i++)
        {
            var (one, other) = (a.Schools[i], b.Schools[i]);
            Assert.Same(one.SchoolCode, other.SchoolCode);
            Assert.Same(one.Name, other.Name);
            Assert.Same(one.MunicipalityCode, other.MunicipalityCode);
        }

        // A school's results carry the code its school row has.
        Assert.All(
            a.Results, r => Assert.Same(a.Schools.Single(s => s.SchoolCode == r.SchoolCode).SchoolCode, r.SchoolCode));
    }
}
