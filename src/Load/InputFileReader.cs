using Site.Diagnostics;
using Site.Model;
using ReadFiles = System.Collections.Generic.List<(string Path, string Sha256)>;

namespace Site.Load;

/// <summary>
/// Reads one input file of a kind, with its sidecar of dates: its value, its problems in the bag, and each file it read
/// (with the SHA-256 of its bytes) in the list. <see cref="LoadInputs"/> chooses the files, runs the reads and merges
/// them in order.
/// </summary>
internal static class InputFileReader
{
    /// <param name="store">Reads of Skolverket's exports kept by earlier builds (the build's); null reads the file.
    /// </param>
    public static ResultsFile? Result(
        string path, DiagnosticBag diagnostics, ReadFiles files, SharedStrings strings, ParsedInputStore? store = null)
    {
        if (Missing(path, diagnostics))
        {
            return null;
        }

        using var bytes = PooledFile.Read(path);
        var sha256 = Record(path, bytes.Span, files);
        if (TextFileDecoder.WithoutBom(bytes.Span).IsEmpty)
        {
            diagnostics.Error(
                new SourceRef(path, 1), "the file is empty", fix: "download the export again, or remove the file");
            return null;
        }

        var tidy = TextFileDecoder.WithoutBom(bytes.Span).StartsWith("school_code,"u8);
        var file = tidy
            ? TextFileDecoder.Decode(path, bytes.Span, diagnostics) is { } text
                ? TidyResultsReader.Read(path, text, diagnostics)
                : null
            : store?.FindResults(path, sha256, strings)
                ?? Export(path, bytes.Memory, sha256, diagnostics, strings, store);
        if (file is null)
        {
            return null;
        }

        var meta = Dates(path, diagnostics, files, published: !tidy);
        if (meta?.Unsuppressed == true)
        {
            // A hash of the city's exact file would let anyone test guesses of the values it holds.
            var index = files.FindIndex(f => f.Path == path);
            files[index] = (path, InputFile.WithheldHash);
        }

        return file with
        {
            Published = meta?.Published,
            Retrieved = meta?.Retrieved,
            Unsuppressed = meta?.Unsuppressed ?? false,
        };
    }

    /// <summary>A Skolverket export read from its bytes, kept in <paramref name="store"/> when it gave no
    /// diagnostic.</summary>
    private static ResultsFile? Export(
        string path,
        ReadOnlyMemory<byte> bytes,
        string sha256,
        DiagnosticBag diagnostics,
        SharedStrings strings,
        ParsedInputStore? store)
    {
        var keep = store is null ? null : (Action<ResultsFile>)(file => store.KeepResults(path, sha256, file));
        return ReadKept(
            diagnostics,
            read => TextFileDecoder.LinesOf(path, bytes, read) is { } lines
                ? SkolverketExportReader.Read(path, lines, read, strings)
                : null,
            keep);
    }

    /// <summary>
    /// A file read with a bag of its own, its diagnostics then added to <paramref name="diagnostics"/>; kept
    /// (<paramref name="keep"/>) only when the read gave none, so that a file's problems are reported on every build.
    /// </summary>
    private static T? ReadKept<T>(DiagnosticBag diagnostics, Func<DiagnosticBag, T?> read, Action<T>? keep)
        where T : class
    {
        var own = new DiagnosticBag();
        var value = read(own);
        diagnostics.AddRange(own.Items);
        if (value is not null && own.Items.Count == 0)
        {
            keep?.Invoke(value);
        }

        return value;
    }

    public static BackgroundFile? Background(string path, DiagnosticBag diagnostics, ReadFiles files)
    {
        if (Lines(path, diagnostics, files) is not { } lines
            || BackgroundExportReader.Read(path, lines, diagnostics) is not { } file)
        {
            return null;
        }

        var meta = Dates(path, diagnostics, files, published: true);
        return file with { Published = meta?.Published, Retrieved = meta?.Retrieved };
    }

    public static AllocationFile? Allocation(string path, DiagnosticBag diagnostics, ReadFiles files)
    {
        var metaPath = SourceDates.PathFor(path);
        if (Text(path, diagnostics, files) is not { } text)
        {
            return null;
        }

        var rows = AllocationReader.Read(path, text, diagnostics);
        var meta = File.Exists(metaPath) && Text(metaPath, diagnostics, files) is { } metaText
            ? AllocationReader.ReadMeta(metaPath, metaText, diagnostics)
            : null;
        return new AllocationFile(path, meta?.Illustrative ?? false, meta?.Note, rows)
        {
            EnglishNote = meta?.EnglishNote,
        };
    }

    /// <param name="publishes">The site's municipalities: only their figures are kept (the workbook has every
    /// municipality's; the kept read on disk too).</param>
    public static OfficialReport? Workbook(
        string path, DiagnosticBag diagnostics, ReadFiles files, ParsedInputStore? store, Func<string, bool> publishes)
    {
        var bytes = File.ReadAllBytes(path);
        var sha256 = Record(path, bytes, files);
        var report = store?.FindOfficial(path, sha256, publishes);
        if (report is null)
        {
            var keep = store is null ? null : (Action<OfficialReport>)(read => store.KeepOfficial(path, sha256, read));
            report = ReadKept(
                diagnostics,
                read =>
                {
                    using var stream = new MemoryStream(bytes, writable: false);
                    return OfficialReportReader.Read(path, stream, read);
                },
                keep)?.Only(publishes);
            if (report is null)
            {
                return null;
            }
        }

        var meta = Dates(path, diagnostics, files, published: true);
        return report with { Published = meta?.Published, Retrieved = meta?.Retrieved };
    }

    public static MetricsFile? Metrics(string path, DiagnosticBag diagnostics, ReadFiles files)
    {
        if (Text(path, diagnostics, files) is not { } text)
        {
            return null;
        }

        var rows = TidyMetricsReader.Read(path, text, diagnostics);
        var meta = Dates(path, diagnostics, files, published: false);
        return new MetricsFile(path, rows, meta?.Retrieved);
    }

    public static Model.Municipal.MunicipalFile? MunicipalReport(
        string path, DiagnosticBag diagnostics, ReadFiles files)
    {
        if (Lines(path, diagnostics, files) is not { } lines
            || Municipal.MunicipalReportReader.Read(path, lines, diagnostics) is not { } file)
        {
            return null;
        }

        var meta = Dates(path, diagnostics, files, published: true);
        return file with { Published = meta?.Published, Retrieved = meta?.Retrieved };
    }

    /// <summary>
    /// The file's sidecar of dates (<see cref="SourceDates"/>), with a warning for each date it lacks.
    /// </summary>
    private static SourceMeta? Dates(string path, DiagnosticBag diagnostics, ReadFiles files, bool published)
    {
        var meta = SourceDates.Read(path, diagnostics, files, Text);
        SourceDates.WarnMissing(path, meta, published, diagnostics);
        return meta;
    }

    public static string? Text(string path, DiagnosticBag diagnostics, ReadFiles files)
    {
        if (Missing(path, diagnostics))
        {
            return null;
        }

        var bytes = File.ReadAllBytes(path);
        Record(path, bytes, files);
        return TextFileDecoder.Decode(path, bytes, diagnostics);
    }

    /// <summary>
    /// A file's lines, as <see cref="Text"/> then <see cref="TextFileDecoder.Lines"/> would give them, read into a
    /// buffer lent by the shared pool (<see cref="PooledFile"/>). A national build reads fifteen exports of ~0.5 MB:
    /// each file's array and its text, twice its size, went to the large object heap, and the heap's allowance for
    /// them set off a full collection every few files.
    /// </summary>
    private static IReadOnlyList<string>? Lines(string path, DiagnosticBag diagnostics, ReadFiles files)
    {
        if (Missing(path, diagnostics))
        {
            return null;
        }

        using (var bytes = PooledFile.Read(path))
        {
            Record(path, bytes.Span, files);
            return TextFileDecoder.DecodeLines(path, bytes.Span, diagnostics);
        }
    }

    /// <summary>Whether the file is missing (an error is added).</summary>
    private static bool Missing(string path, DiagnosticBag diagnostics)
    {
        if (File.Exists(path))
        {
            return false;
        }

        diagnostics.Error(
            new SourceRef(path, 0),
            "the file does not exist",
            fix: "see data/README.md for the files a build needs");
        return true;
    }

    /// <summary>Notes a file read, with the SHA-256 of its bytes (the provenance list), and gives the hash.</summary>
    private static string Record(string path, ReadOnlySpan<byte> bytes, ReadFiles files)
    {
        var sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        files.Add((path, sha256));
        return sha256;
    }
}
