using System.Text;
using Site.Diagnostics;
using Site.Load;

namespace Site.Tests.Load;

/// <summary>
/// Mutated inputs (seeded, so a failure reproduces): every reader must answer with diagnostics, never an exception.
/// Bounded by iteration count, not time, so the test cannot become flaky.
/// </summary>
public class ReaderFuzzTests
{
    private static readonly string[] Pieces = ["..", ".", "~100", ";", ",", "\"", "\n", "\r\n", "\uFEFF", "1e309", "NaN", "-", "=", "é", "\0", "99999999", "2024/25", " "];

    public static TheoryData<string> Readers => new() { "export", "tidy", "registry", "allocation", "background", "settings", "geojson" };

    [Theory]
    [MemberData(nameof(Readers))]
    public void Mutated_input_never_throws(string reader)
    {
        var seedText = reader switch
        {
            "export" => File.ReadAllText(Path.Combine(TestPaths.Small, "results", "export-2024.csv")),
            "tidy" => File.ReadAllText(Path.Combine(TestPaths.Small, "results", "history.csv")),
            "registry" => File.ReadAllText(Path.Combine(TestPaths.Small, "schools.csv")),
            "allocation" => File.ReadAllText(Path.Combine(TestPaths.Fixtures, "allocation", "swedish.csv")),
            "background" => string.Join('\n', File.ReadLines(Directory.GetFiles(Path.Combine(TestPaths.RealData, "background"))[0]).Take(12)),
            "settings" => File.ReadAllText(Path.Combine(TestPaths.Small, "site.json")),
            _ => File.ReadAllText(Path.Combine(TestPaths.Small, "districts.geojson")),
        };
        var random = new Random(12345 + reader.Length);
        for (var i = 0; i < 1000; i++)
        {
            var text = Mutate(seedText, random);
            var diagnostics = new DiagnosticBag();
            var bytes = Encoding.UTF8.GetBytes(text);
            var decoded = TextFileDecoder.Decode("fuzz", bytes, diagnostics) ?? "";
            var exception = Record.Exception(() => Read(reader, decoded, diagnostics));
            Assert.True(exception is null, $"{reader} iteration {i}: {exception}\n--- input ---\n{text}");
        }
    }

    private static void Read(string reader, string text, DiagnosticBag diagnostics)
    {
        switch (reader)
        {
            case "export":
                SkolverketExportReader.Read("fuzz", TextFileDecoder.Lines(text), diagnostics);
                break;
            case "tidy":
                TidyResultsReader.Read("fuzz", text, diagnostics);
                break;
            case "registry":
                SchoolRegistryReader.Read("fuzz", text, diagnostics);
                break;
            case "allocation":
                AllocationReader.Read("fuzz", text, diagnostics);
                break;
            case "background":
                BackgroundExportReader.Read("fuzz", TextFileDecoder.Lines(text), diagnostics);
                break;
            case "settings":
                SiteSettingsReader.Read("fuzz", text, diagnostics);
                break;
            default:
                DistrictBoundaryReader.Read("fuzz", text, "namn", diagnostics);
                break;
        }
    }

    private static string Mutate(string text, Random random)
    {
        var builder = new StringBuilder(text);
        var edits = random.Next(1, 6);
        for (var e = 0; e < edits && builder.Length > 0; e++)
        {
            var at = random.Next(builder.Length);
            switch (random.Next(4))
            {
                case 0:
                    builder.Insert(at, Pieces[random.Next(Pieces.Length)]);
                    break;
                case 1:
                    builder.Remove(at, Math.Min(random.Next(1, 20), builder.Length - at));
                    break;
                case 2:
                    builder[at] = (char)random.Next(32, 0x2000);
                    break;
                default:
                    builder.Length = at; // truncated mid-row
                    break;
            }
        }

        return builder.ToString();
    }
}
