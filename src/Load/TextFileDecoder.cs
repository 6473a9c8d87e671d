using System.Text;
using Site.Diagnostics;
using Site.Model;

namespace Site.Load;

/// <summary>Turns a file's bytes into text, accepting only UTF-8 (with or without BOM), as Skolverket and our tidy files use.</summary>
public static class TextFileDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <returns>The text without BOM, or null when the file cannot be read as UTF-8 (an error is added).</returns>
    public static string? Decode(string path, byte[] bytes, DiagnosticBag diagnostics)
    {
        if ((bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF))
        {
            diagnostics.Error(new SourceRef(path, 1), "the file is UTF-16; only UTF-8 is read", fix: "save the file as 'CSV UTF-8' (in Excel: Spara som > CSV UTF-8)");
            return null;
        }

        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = start + (ex.Index >= 0 ? ex.Index : 0);
            var line = 1 + bytes.Take(Math.Min(offset, bytes.Length)).Count(b => b == (byte)'\n');
            diagnostics.Error(new SourceRef(path, line), "the file is not valid UTF-8 (it looks like Windows-1252 or another legacy encoding)", fix: "save the file as 'CSV UTF-8', or download it again from Skolverket unchanged");
            return null;
        }

        var bom = text.IndexOf('\uFEFF');
        if (bom >= 0)
        {
            var line = 1 + text.AsSpan(0, bom).Count('\n');
            diagnostics.Error(new SourceRef(path, line), "a byte order mark (BOM) stands inside the file, which happens when two files are pasted together", fix: "remove the stray BOM, or keep the two files apart");
            return null;
        }

        return text;
    }

    /// <summary>Splits on LF, dropping a CR before it, so LF and CRLF files read the same; a missing final newline is fine.</summary>
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
