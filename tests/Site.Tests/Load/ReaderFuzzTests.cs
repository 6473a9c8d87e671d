using System.Text;
using Site.Diagnostics;
using Site.Load;

namespace Site.Tests.Load;

/// <summary>
/// Mutated inputs (seeded, so a failure reproduces): every reader must answer with diagnostics, never an exception.
/// By default 1,000 mutations per reader, so a plain <c>dotnet test</c> stays quick and repeatable. CI sets
/// FUZZ_SECONDS to keep mutating for that long per reader; each iteration has its own seed, so any failure names the
/// iteration that reproduces it, and the time only bounds how many are tried, never whether the test passes.
/// </summary>
public class ReaderFuzzTests
{
    private static readonly string[] Pieces = [
        "..",
        ".",
        "~100",
        ";",
        ",",
        "\"",
        "\n",
        "\r\n",
        "\uFEFF",
        "1e309",
        "NaN",
        "-",
        "=",
        "é",
        "\0",
        "99999999",
        "2024/25",
        " "];

    public static TheoryData<string> Readers =>
        new() { "export", "tidy", "registry", "allocation", "background", "settings", "geojson" };

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
            "background" => string.Join(
                '\n',
                File.ReadLines(Directory.GetFiles(Path.Combine(TestPaths.RealData, "background"))[0]).Take(12)),
            "settings" => File.ReadAllText(Path.Combine(TestPaths.Small, "site.json")),
            _ => File.ReadAllText(Path.Combine(TestPaths.Small, "districts.geojson")),
        };
        var budget = double.TryParse(
            Environment.GetEnvironmentVariable("FUZZ_SECONDS"),
            System.Globalization.CultureInfo.InvariantCulture,
            out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : TimeSpan.Zero;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var tried = 0;
        for (var i = 0; i < 1000 || clock.Elapsed < budget; i++, tried++)
        {
            // A seed fixed by the reader and the iteration, so that a failure's iteration reproduces it in any run
            // (HashCode is seeded anew in every process).
            var random = new Random(unchecked((12345 + reader.Length) * 1_000_003 + i));
            var bytes = Encoding.UTF8.GetBytes(Mutate(seedText, random));
            if (i % 4 == 3 && bytes.Length > 0)
            {
                // Byte-level damage too: broken UTF-8 sequences, stray BOMs and NULs reach the decoder, not only the
                // readers.
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            var diagnostics = new DiagnosticBag();
            var exception = Record.Exception(() =>
            {
                var decoded = TextFileDecoder.Decode("fuzz", bytes, diagnostics) ?? "";
                Read(reader, decoded, diagnostics);
            });
            Assert.True(
                exception is null,
                $"{reader} iteration {i}: {exception}\n--- input ---\n{Encoding.UTF8.GetString(bytes)}");
        }

        Console.WriteLine($"fuzz {reader}: {tried} mutated inputs, none threw");
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
