using System.Text;
using Site.Diagnostics;
using Site.Model;

namespace Site.Load;

/// <summary>Turns a file's bytes into text, accepting only UTF-8 (with or without BOM), as Skolverket and our tidy
/// files use.</summary>
public static class TextFileDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(
        encoderShouldEmitUTF8Identifier: false,
        throwOnInvalidBytes: true);

    /// <returns>The text without BOM, or null when the file cannot be read as UTF-8 (an error is added).</returns>
    public static string? Decode(string path, ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics)
    {
        if (Utf16(path, bytes, diagnostics))
        {
            return null;
        }

        var start = BomLength(bytes);
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes[start..]);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = start + (ex.Index >= 0 ? ex.Index : 0);
            NotUtf8(path, 1 + bytes[..Math.Min(offset, bytes.Length)].Count((byte)'\n'), diagnostics);
            return null;
        }

        var bom = text.IndexOf('\uFEFF');
        if (bom >= 0)
        {
            StrayBom(path, 1 + text.AsSpan(0, bom).Count('\n'), diagnostics);
            return null;
        }

        return text;
    }

    /// <summary>
    /// The file's lines as <see cref="Lines"/> splits <see cref="Decode"/>'s text, with the same errors, decoded a line
    /// at a time: the whole text as one string was twice the file's size on the large object heap (a national
    /// export's ~0.9 MB), whose allowance, spent by one file after another, set off a full collection every few files.
    /// A line break (0x0A) is never part of a longer UTF-8 sequence, so the lines are cut from the bytes.
    /// </summary>
    public static IReadOnlyList<string>? DecodeLines(string path, ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics)
    {
        if (Utf16(path, bytes, diagnostics))
        {
            return null;
        }

        var text = WithoutBom(bytes);
        // As Lines: a final line break ends the last line, and an empty file has none.
        var count = text.Count((byte)'\n') + (text.Length == 0 || text[^1] == (byte)'\n' ? 0 : 1);
        var lines = new string[count];
        for (var i = 0; i < count; i++)
        {
            var end = text.IndexOf((byte)'\n');
            var line = end < 0 ? text : text[..end];
            text = end < 0 ? [] : text[(end + 1)..];
            try
            {
                lines[i] = StrictUtf8.GetString(line.Length > 0 && line[^1] == (byte)'\r' ? line[..^1] : line);
            }
            catch (DecoderFallbackException)
            {
                NotUtf8(path, i + 1, diagnostics);
                return null;
            }
        }

        // As Decode: a stray BOM is reported only in a file that decodes whole.
        for (var i = 0; i < count; i++)
        {
            if (lines[i].Contains('\uFEFF'))
            {
                StrayBom(path, i + 1, diagnostics);
                return null;
            }
        }

        return lines;
    }

    /// <summary>
    /// The file's lines as <see cref="DecodeLines"/> gives them, each decoded when it is read
    /// (<see cref="Utf8Lines"/>), valid while <paramref name="bytes"/> are. A file that is not valid UTF-8 whole, or
    /// has a stray BOM, is read by <see cref="DecodeLines"/>, which reports it as it always has.
    /// </summary>
    public static IReadOnlyList<string>? LinesOf(string path, ReadOnlyMemory<byte> bytes, DiagnosticBag diagnostics)
    {
        var text = bytes[BomLength(bytes.Span)..];
        return System.Text.Unicode.Utf8.IsValid(text.Span) && text.Span.IndexOf("\uFEFF"u8) < 0
            ? new Utf8Lines(text)
            : DecodeLines(path, bytes.Span, diagnostics);
    }

    /// <summary>The file's bytes after its BOM, undecoded: what its text starts with, and whether it has any.</summary>
    public static ReadOnlySpan<byte> WithoutBom(ReadOnlySpan<byte> bytes) => bytes[BomLength(bytes)..];

    private static int BomLength(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;

    private static bool Utf16(string path, ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            diagnostics.Error(
                new SourceRef(path, 1),
                "the file is UTF-16; only UTF-8 is read",
                fix: "save the file as 'CSV UTF-8' (in Excel: Spara som > CSV UTF-8)");
            return true;
        }

        return false;
    }

    private static void NotUtf8(string path, int line, DiagnosticBag diagnostics) =>
        diagnostics.Error(
            new SourceRef(path, line),
            "the file is not valid UTF-8 (it looks like Windows-1252 or another legacy encoding)",
            fix: "save the file as 'CSV UTF-8', or download it again from Skolverket unchanged");

    private static void StrayBom(string path, int line, DiagnosticBag diagnostics) =>
        diagnostics.Error(
            new SourceRef(path, line),
            "a byte order mark (BOM) stands inside the file, which happens when two files are pasted together",
            fix: "remove the stray BOM, or keep the two files apart");

    /// <summary>Splits on LF, dropping a CR before it, so LF and CRLF files read the same; a missing final newline is
    /// fine.</summary>
    public static IReadOnlyList<string> Lines(string text)
    {
        var lines = text.Split('\n');
        var count = lines.Length;
        if (count > 0 && lines[^1].Length == 0)
        {
            count--;
        }

        var result = new string[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = lines[i].EndsWith('\r') ? lines[i][..^1] : lines[i];
        }

        return result;
    }
}
