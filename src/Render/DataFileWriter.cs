using System.Buffers;
using System.Security.Cryptography;
using Site.Compute;
using Site.Compute.Analysis;
using Site.Compute.Data;

namespace Site.Render;

/// <summary>
/// Renders the published tables as files: each in both dialects under stable URLs (/data/NAME.csv and
/// /data/excel/NAME.csv), each school's and district's slice of the school results, datapackage.json and a zip of it
/// all.
/// </summary>
public static class DataFileWriter
{
    // The zip's and datapackage.json's order: the tables, the school slices, the district slices, the district means,
    // the schemas, then datapackage.json itself. The slices are cut as soon as their table is written, and the table
    // dropped: each part keeps its own order, so the files come out in the same order as when they were cut last.
    private const int Tables = 0, SchoolSlices = 1, DistrictSlices = 2, DistrictMeans = 3, Schemas = 4, Package = 5;

    /// <param name="write">Takes each file as soon as it is made; the zip keeps only compressed bytes. The tables'
    /// and slices' bytes are lent (<see cref="OutputFile.Lent"/>): write keeps <see cref="OutputFile.Kept"/> if it
    /// keeps the file.</param>
    /// <param name="reuse">The last build's stamps and files: a file with the same bytes as then is kept, with its
    /// compressed bytes from <paramref name="previousZip"/> and its SHA-256; null makes every file anew.</param>
    /// <param name="package">Where the zip's entries are kept, and where the zip and the whole tables are written
    /// (<see cref="StagedTables"/>); null keeps them in memory and gives them to <paramref name="write"/>.</param>
    /// <returns>How many files were made.</returns>
    public static int Build(
        IReadOnlyList<DataTable> tables,
        DataPackageInfo info,
        Action<OutputFile> write,
        OutputReuse? reuse = null,
        PreviousZip? previousZip = null,
        PackageTarget? package = null)
    {
        var described = Enumerable.Range(0, Package + 1).Select(_ => new List<DataFileEntry>()).ToArray();
        using var zip = new DeterministicZip(
            Package + 1, DeterministicZip.PackageLevel, package?.Spool, package?.Chunks, previousZip);

        // The zip holds exactly what datapackage.json describes, so the package is whole offline too.
        void Emit(int part, OutputFile file, DataTableSpec? spec = null) => Record(
            part,
            file.RelativePath,
            file.Content.Length,
            () => OutputStamps.ContentHash(file.Content),
            contentOf: null,
            () => file.Content.Segments(),
            () => write(file),
            spec);

        // A file made here (write) or written into the staging folder already (write null, a staged table). Its
        // fingerprint is its bytes' hash (contentOf null), or a key that gives the same bytes (a slice's).
        void Record(
            int part,
            string path,
            long length,
            Func<Hash128> fingerprintOf,
            Func<Hash128>? contentOf,
            Func<IEnumerable<ReadOnlyMemory<byte>>> blocks,
            Action? write,
            DataTableSpec? spec)
        {
            var name = path["data/".Length..];
            var fingerprint = reuse is null ? default : fingerprintOf();
            // A slice whose key changed may still have the same bytes (an area's means beside the whole's, whose block
            // changed around them): its bytes' hash is then the last build's, and its compressed bytes are kept too.
            var content = contentOf is null ? fingerprint : (Hash128?)null;
            string sha256;
            if (reuse?.Stamps.Previous(path) is { Sha256: { } lastSha } last
                && last.Length == length
                && (last.Fingerprint == fingerprint || last.Content == (content ??= contentOf!()))
                && previousZip?.Compressed(name, length) is { } compressed)
            {
                // The same bytes as the last build's file: its compressed bytes and hashes are still right.
                (sha256, content) = (lastSha, last.Content);
                using (compressed)
                {
                    zip.AddCompressed(part, name, compressed.Crc, length, compressed.Data);
                }

                if (write is null || reuse.Keep(path, last))
                {
                    reuse.KeptDataFile();
                }
                else
                {
                    write();
                }
            }
            else
            {
                // Hashed as the zip reads it: a staged table is read back once.
                using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                zip.Add(part, name, length, Hashed(blocks(), hash));
                sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
                if (reuse is not null)
                {
                    content ??= contentOf!();
                }

                write?.Invoke();
            }

            reuse?.Stamps.Record(path, new FileStamp(fingerprint, length, content.GetValueOrDefault(), sha256));
            described[part].Add(new DataFileEntry(path, sha256, length, spec?.Name));
        }

        // A slice is cut into a pooled buffer, lent to write (which writes it before returning): the national build's
        // 20,000 slices were 120 MB of arrays made for files written once. One contiguous buffer, not a sequence over
        // the table's chunks: deflate's output depends on how its input is split into writes, and the zip stays what
        // it was. A staged table's slice is kept by its key (SliceKeys), and cut only when it is made.
        void EmitSlice(int part, string path, CsvBytes table, IReadOnlyList<int> rows, DataTableSpec? spec = null)
        {
            var length = table.SliceLength(rows);
            byte[]? buffer = null;
            try
            {
                Record(
                    part,
                    path,
                    length,
                    table.Keys is { } keys ? () => keys.Of(rows) : () => OutputStamps.ContentHash(Cut()),
                    table.Keys is null ? null : () => OutputStamps.ContentHash(Cut()),
                    () => Cut().Segments(),
                    () => write(new OutputFile(path, Cut()) { Lent = true }),
                    spec);
            }
            finally
            {
                if (buffer is not null)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                }
            }

            ReadOnlySequence<byte> Cut()
            {
                if (buffer is null)
                {
                    buffer = ArrayPool<byte>.Shared.Rent(length);
                    table.SliceInto(rows, buffer);
                }

                return new ReadOnlySequence<byte>(buffer, 0, length);
            }
        }

        // A whole table: kept in memory, its file is handed to write; staged, it is in the staging folder already.
        void EmitTable(string path, CsvBytes table)
        {
            if (table.Bytes is ChunkedBytes bytes)
            {
                Emit(Tables, new OutputFile(path, bytes) { Lent = true });
            }
            else
            {
                var staged = (StagedTableFile)table.Bytes;
                Record(
                    Tables,
                    path,
                    staged.Length,
                    fingerprintOf: () => staged.Fingerprint,
                    contentOf: null,
                    blocks: staged.Blocks,
                    write: null,
                    spec: null);
            }
        }

        // Preview keeps its tables in memory: each table's chunks go back to the pool once the table and its slices
        // are out (their files are lent). The pool keeps what the tables after the largest need: nationally the
        // aggregates, 8 MB in each dialect.
        var pool = new ChunkPool(limit: 16 << 20);
        var results = tables.Single(t => t.Spec == DataSpecs.SchoolResults);
        var header = results.Spec.Header.ToList();
        var bySchool = new ResultSlices(header.IndexOf("school_code"));
        var byDistrict = new ResultSlices(header.IndexOf("district"));
        var aggregates = tables.Single(t => t.Spec == MeanSpecs.Aggregates.Spec);
        var byArea = new ResultSlices(aggregates.Spec.Header.ToList().IndexOf("area"));
        foreach (var table in tables)
        {
            bool Numeric(int i) => table.Spec.Columns[i].IsNumeric;
            Action<IReadOnlyList<string>>? seen = null;
            if (table == results)
            {
                seen = row =>
                {
                    bySchool.Add(row);
                    byDistrict.Add(row);
                };
            }
            else if (table == aggregates)
            {
                seen = byArea.Add;
            }

            // A build writes each table straight into its files. The aggregates' are mapped into memory for their
            // slices: an area's means are spread over the whole table, a read per row from the file (300,000 reads
            // nationally). Kept in the collector's heap instead, their 16 MB were promoted to its oldest generation
            // and died there, at the data stage's peak.
            var paths = (Plain: Path(Routes.Data(table.Spec)), Excel: Path(Routes.Data(table.Spec, excel: true)));
            var (plain, excel) = package is null
                ? WriteBoth(table, Numeric, seen, pool)
                : StagedTables.Write(table, Numeric, seen, package, paths, package.Blocks, table == aggregates);
            EmitTable(paths.Plain, plain);
            EmitTable(paths.Excel, excel);
            if (table == results)
            {
                foreach (var (slices, route, part) in new[]
                {
                    (bySchool, (Func<string, bool, string>)Routes.SchoolSlice, SchoolSlices),
                    (byDistrict, Routes.DistrictSlice, DistrictSlices),
                })
                {
                    foreach (var (key, rows) in slices.Groups)
                    {
                        EmitSlice(part, Path(route(key, false)), plain, rows);
                        EmitSlice(part, Path(route(key, true)), excel, rows);
                    }
                }
            }
            else if (table == aggregates)
            {
                // A district's download has its means, the city's and the gap, not only its school rows.
                var city = byArea.Groups.FirstOrDefault(g => g.Key == Model.Area.WholeSlug).Rows ?? [];
                foreach (var (key, rows) in byArea.Groups.Where(g => g.Key != Model.Area.WholeSlug))
                {
                    var both = rows.Concat(city).Order().ToList();
                    EmitSlice(DistrictMeans, Path(Routes.DistrictMeans(key)), plain, both, table.Spec);
                    EmitSlice(DistrictMeans, Path(Routes.DistrictMeans(key, excel: true)), excel, both, table.Spec);
                }
            }

            plain.Bytes.Release();
            excel.Bytes.Release();
        }

        foreach (var file in DataPackage.SchemaFiles(tables).DistinctBy(f => f.RelativePath))
        {
            Emit(Schemas, file);
        }

        var json = DataPackage.Json(tables, info, described.SelectMany(d => d).ToList());
        Emit(Package, new OutputFile("data/datapackage.json", json));
        if (package is null)
        {
            write(new OutputFile("data/" + DataPackage.ZipName, zip.Finish()));
        }
        else
        {
            package.Write("data/" + DataPackage.ZipName, zip.WriteTo);
        }

        return described.Sum(d => d.Count) + 1;
    }

    /// <summary>A route as the path of its file in the output folder.</summary>
    private static string Path(string route) => route.TrimStart('/');

    /// <summary>
    /// Both dialects of a table in one pass over its rows: they are made on the fly from the model, and making them
    /// twice cost as much as writing them.
    /// </summary>
    private static (CsvBytes Plain, CsvBytes Excel) WriteBoth(
        DataTable table, Func<int, bool> numeric, Action<IReadOnlyList<string>>? seen, ChunkPool pool)
    {
        // Only the tables that are cut into slices (results, aggregates: those with a row callback) note their rows.
        var sliced = seen is not null;
        using var plain = new CsvTableWriter(table.Spec.Header, CsvDialect.Rfc4180, numeric, pool, sliced);
        using var excel = new CsvTableWriter(table.Spec.ExcelHeader, CsvDialect.SwedishExcel, numeric, pool, sliced);
        WriteRows(table, plain, excel, seen);
        return (plain.Finish(), excel.Finish());
    }

    /// <summary>Both dialects of a table in one pass over its rows.</summary>
    internal static void WriteRows(
        DataTable table, CsvTableWriter plain, CsvTableWriter excel, Action<IReadOnlyList<string>>? seen)
    {
        var excelRow = table.Spec.ExcelRows();
        foreach (var row in table.Rows)
        {
            plain.Add(row);
            excel.Add(excelRow(row));
            seen?.Invoke(row);
        }
    }

    private static IEnumerable<ReadOnlyMemory<byte>> Hashed(
        IEnumerable<ReadOnlyMemory<byte>> blocks, IncrementalHash hash)
    {
        foreach (var block in blocks)
        {
            hash.AppendData(block.Span);
            yield return block;
        }
    }
}
