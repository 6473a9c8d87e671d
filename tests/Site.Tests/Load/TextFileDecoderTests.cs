using System.Text;
using Site.Diagnostics;
using Site.Load;

namespace Site.Tests.Load;

/// <summary>
/// The exports are decoded a line at a time (<see cref="TextFileDecoder.DecodeLines"/>), so that a national export is
/// never one string on the large object heap. It must give what decoding the whole text and splitting it gave: the
/// same lines, and the same error on the same line. <see cref="TextFileDecoder.LinesOf"/>, which decodes each line when
/// it is read, must give what <see cref="TextFileDecoder.DecodeLines"/> gives.
/// </summary>
public class TextFileDecoderTests
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    [Theory]
    [InlineData("", new string[0])]
    [InlineData("\n", new[] { "" })]
    [InlineData("a", new[] { "a" })]
    [InlineData("a\n", new[] { "a" })]
    [InlineData("a\r\nb\r\n", new[] { "a", "b" })]
    [InlineData("a\n\nb", new[] { "a", "", "b" })]
    [InlineData("a\r\r\nb", new[] { "a\r", "b" })]
    [InlineData("Skolenhetskod;Skola\nÅrsta skola;202,7", new[] { "Skolenhetskod;Skola", "Årsta skola;202,7" })]
    public void Lines_are_cut_as_the_whole_text_was_split(string text, string[] expected)
    {
        foreach (var bytes in new[] { Encoding.UTF8.GetBytes(text), [.. Bom, .. Encoding.UTF8.GetBytes(text)] })
        {
            var diagnostics = new DiagnosticBag();
            Assert.Equal(expected, TextFileDecoder.DecodeLines("f.csv", bytes, diagnostics));
            var lazily = TextFileDecoder.LinesOf("f.csv", bytes, diagnostics)!;
            Assert.Equal(expected, lazily);
            Assert.Equal(expected.Length, lazily.Count);
            Assert.Equal(expected.Reverse(), Enumerable.Range(0, lazily.Count).Reverse().Select(i => lazily[i]));
            Assert.Throws<ArgumentOutOfRangeException>(() => lazily[lazily.Count]);
            Assert.Empty(diagnostics.Items);
        }
    }

    [Theory]
    // Windows-1252 "å" (0xE5) on the third line.
    [InlineData(new byte[] { 0x61, 0x0A, 0x62, 0x0A, 0xE5, 0x0A }, 3, "not valid UTF-8")]
    // A sequence cut short by the line's end.
    [InlineData(new byte[] { 0x61, 0xC3, 0x0D, 0x0A, 0x62 }, 1, "not valid UTF-8")]
    // A byte order mark inside the file, where two files were pasted together, on line 2.
    [InlineData(new byte[] { 0x61, 0x0A, 0xEF, 0xBB, 0xBF, 0x62 }, 2, "byte order mark")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x61, 0x00 }, 1, "UTF-16")]
    public void A_file_that_is_not_utf8_is_reported_on_its_line(byte[] bytes, int line, string message)
    {
        foreach (var decode in new Func<DiagnosticBag, IReadOnlyList<string>?>[]
        {
            d => TextFileDecoder.DecodeLines("f.csv", bytes, d),
            d => TextFileDecoder.LinesOf("f.csv", bytes, d),
        })
        {
            var diagnostics = new DiagnosticBag();

            Assert.Null(decode(diagnostics));

            var error = Assert.Single(diagnostics.Items);
            Assert.Equal(line, error.Where.Line);
            Assert.Contains(message, error.Message);
        }
    }

    [Fact]
    public void Mutated_exports_decode_to_the_lines_and_errors_of_the_whole_text()
    {
        var seed = File.ReadAllBytes(TestPaths.RealExport);
        byte[] pieces = [0x0A, 0x0D, 0xE5, 0xC3, 0xA5, 0xEF, 0xBB, 0xBF, 0x80, 0x3B];
        var (failed, decoded) = (0, 0);
        for (var i = 0; i < 300; i++)
        {
            // A fixed seed per iteration (HashCode is seeded anew in every process, so it made each run try other
            // files).
            var random = new Random((2025 * 1000) + i);
            var bytes = seed.AsSpan(0, 2000 + random.Next(2000)).ToArray();
            for (var m = random.Next(1, 4); m > 0; m--)
            {
                bytes[random.Next(bytes.Length)] = pieces[random.Next(pieces.Length)];
            }

            var whole = new DiagnosticBag();
            var text = TextFileDecoder.Decode("f.csv", bytes, whole);
            var byLine = new DiagnosticBag();
            var lines = TextFileDecoder.DecodeLines("f.csv", bytes, byLine);
            var lazily = new DiagnosticBag();
            var linesOf = TextFileDecoder.LinesOf("f.csv", bytes, lazily);

            Assert.Equal(text is null ? null : TextFileDecoder.Lines(text), lines);
            Assert.Equal(lines, linesOf);
            Assert.Equal(whole.Items.Select(d => d.ToString()), byLine.Items.Select(d => d.ToString()));
            Assert.Equal(whole.Items.Select(d => d.ToString()), lazily.Items.Select(d => d.ToString()));
            (failed, decoded) = text is null ? (failed + 1, decoded) : (failed, decoded + 1);
        }

        // Both kinds of file were tried: those with an error, and those decoded whole.
        Assert.True(failed > 30 && decoded > 30, $"{failed} failed, {decoded} decoded");
    }
}
