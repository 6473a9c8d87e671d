using System.Globalization;
using System.Text;
using Site.Compute.Data;
using Site.Render;

namespace Site.Tests.Render;

/// <summary>
/// A table written a block of rows at a time is the file CsvHelper writes for its rows; a block the last build wrote
/// with the same cells is copied from its files, and a changed or added row writes its own block again, not the rest.
/// </summary>
public class BlockedRowsTests
{
    private static readonly string[] Header = ["school_code", "name", "merit"];

    private static bool Numeric(int column) => column == 2;

    /// <summary>The rows as a published table declares them: each column's text is its key.</summary>
    private static readonly TableOf<string[]> Table = new(
        "test_rows",
        ("Rader", "Rows"),
        ("Rader.", "Rows."),
        [
            .. Header.Select((name, i) =>
                new DataColumn(name, i == 2 ? "number" : "string", "", "").For<string[]>(r => r[i])),
        ],
        ["school_code"]);

    /// <summary>Rows of values: the merit is a number, its text rounded to one decimal.</summary>
    private static readonly TableOf<(string Code, string Name, decimal Merit)> Values = new(
        "test_values",
        ("Värden", "Values"),
        ("Värden.", "Values."),
        [
            new DataColumn("school_code", "string", "", "").For<(string Code, string, decimal)>(r => r.Code),
            new DataColumn("name", "string", "", "").For<(string, string Name, decimal)>(r => r.Name),
            new DataColumn("merit", "number", "", "").Number<(string, string, decimal Merit)>(r => r.Merit, 1),
        ],
        ["school_code"]);

    /// <summary>2,000 rows; every 97th name has a line break, every 89th quotes and a delimiter.</summary>
    private static List<string[]> Rows() => Enumerable.Range(0, 2000).Select(i => new[]
    {
        (10000000 + i).ToString(CultureInfo.InvariantCulture),
        i % 97 == 0 ? $"Rad\nmed radbrytning {i}" : i % 89 == 0 ? $"Skola \"Norr\", {i}" : $"Skola {i}",
        (200 + (i % 50) / 2.0).ToString(CultureInfo.InvariantCulture),
    }).ToList();

    private sealed record Written(
        byte[] Plain, byte[] Excel, IReadOnlyList<int> PlainEnds, IReadOnlyList<TableBlock> Blocks, int Copied);

    /// <summary>The rows through <see cref="BlockedRows"/>, copying from <paramref name="last"/>'s files.</summary>
    private static Written Write(IEnumerable<string[]> rows, Written? last, string folder) =>
        Write(Table.Of(rows.ToList()), last, folder);

    private static Written Write(DataTable table, Written? last, string folder)
    {
        using var plainBytes = new MemoryStream();
        using var excelBytes = new MemoryStream();
        using var plain = new CsvTableWriter(Header, CsvDialect.Rfc4180, Numeric, plainBytes, sliced: true);
        using var excel = new CsvTableWriter(Header, CsvDialect.SwedishExcel, Numeric, excelBytes, sliced: true);
        using var lastTable = last is null ? null : Open(last, folder);
        using var source = table.Open();
        var blocked = new BlockedRows(plain, excel, source, row => row, lastTable);
        while (source.MoveNext())
        {
            blocked.Add();
        }

        blocked.Finish();
        var ends = plain.Finish(new ByteChunks().Freeze()).RowEnds;
        excel.Complete();
        return new(plainBytes.ToArray(), excelBytes.ToArray(), ends, [.. blocked.Blocks], blocked.Copied);
    }

    /// <summary>The block that holds row <paramref name="row"/>.</summary>
    private static TableBlock BlockOf(Written written, int row)
    {
        foreach (var block in written.Blocks)
        {
            if (row < block.Rows)
            {
                return block;
            }

            row -= block.Rows;
        }

        throw new ArgumentOutOfRangeException(nameof(row));
    }

    private static LastTable Open(Written last, string folder)
    {
        var (plain, excel) = (Path.Combine(folder, "last.csv"), Path.Combine(folder, "last-excel.csv"));
        File.WriteAllBytes(plain, last.Plain);
        File.WriteAllBytes(excel, last.Excel);
        return new LastTable(last.Blocks, File.OpenHandle(plain), File.OpenHandle(excel));
    }

    /// <summary>The rows written one by one, and where each ends.</summary>
    private static (byte[] Bytes, IReadOnlyList<int> Ends) OneByOne(IEnumerable<string[]> rows, CsvDialect dialect)
    {
        var table = CsvText.WriteTable(Header, rows.Cast<IReadOnlyList<string>>().ToList(), dialect, Numeric);
        var bytes = new byte[table.Bytes.Length];
        table.Bytes.CopyTo(0, bytes);
        return (bytes, table.RowEnds);
    }

    private static void AssertWritten(IReadOnlyList<string[]> rows, Written written)
    {
        var (plain, ends) = OneByOne(rows, CsvDialect.Rfc4180);
        Assert.Equal(Encoding.UTF8.GetString(plain), Encoding.UTF8.GetString(written.Plain));
        Assert.Equal(plain, written.Plain);
        Assert.Equal(ends, written.PlainEnds);
        Assert.Equal(OneByOne(rows, CsvDialect.SwedishExcel).Bytes, written.Excel);
        Assert.Equal(rows.Count, written.Blocks.Sum(b => b.Rows));
    }

    [Fact]
    public void A_changed_row_writes_its_own_block_again_and_the_others_are_copied()
    {
        using var temp = TestPaths.Temp();
        var rows = Rows();
        var first = Write(rows, last: null, temp.Path);
        AssertWritten(Rows(), first);
        rows[1000][2] = "231.5";

        var second = Write(rows, first, temp.Path);

        AssertWritten(rows, second);
        // About 160 rows a block (at least 32, a block ending after a row whose hash ends in seven zero bits).
        Assert.InRange(first.Blocks.Count, 2000 / 400, 2000 / 32);
        Assert.Equal(0, first.Copied);
        Assert.Equal(first.Blocks.Count - 1, second.Copied);
        Assert.Contains("10001000,Skola 1000,231.5\n", Encoding.UTF8.GetString(second.Plain), StringComparison.Ordinal);
    }

    [Fact]
    public void A_block_is_keyed_by_its_values_before_they_are_text()
    {
        using var temp = TestPaths.Temp();
        var values = Enumerable.Range(0, 2000)
            .Select(i => (
                Code: (10000000 + i).ToString(CultureInfo.InvariantCulture),
                Name: $"Skola {i}",
                Merit: 200m + i % 50 / 2m))
            .ToList();
        var first = Write(Values.Of(values), last: null, temp.Path);
        // Row 500's merit written with another scale (200.00 for 200: the same text, another value), row 1500's
        // another number (201.25, 201.3 rounded).
        values[500] = values[500] with { Merit = 200.00m };
        values[1500] = values[1500] with { Merit = 201.25m };

        var second = Write(Values.Of(values), first, temp.Path);

        var text = Values.Of(values).Rows.Select(r => r.ToArray()).ToList();
        AssertWritten(text, second);
        Assert.Equal(0, first.Copied);
        // The two rows' blocks are written again (a changed row may end its block elsewhere: the next one too), row
        // 500's too, though its text is the same: its key is not one of the last build's.
        Assert.InRange(second.Copied, first.Blocks.Count - 4, first.Blocks.Count - 2);
        Assert.DoesNotContain(BlockOf(second, 500).Cells, first.Blocks.Select(b => b.Cells));
        Assert.DoesNotContain(BlockOf(second, 1500).Cells, first.Blocks.Select(b => b.Cells));
        Assert.Contains(BlockOf(second, 1000).Cells, first.Blocks.Select(b => b.Cells));
        var plain = Encoding.UTF8.GetString(second.Plain);
        Assert.Contains("10000500,Skola 500,200.0\n", plain, StringComparison.Ordinal);
        Assert.Contains("10001500,Skola 1500,201.3\n", plain, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_added_or_removed_moves_no_block_but_its_own_and_the_next()
    {
        using var temp = TestPaths.Temp();
        var rows = Rows();
        var first = Write(rows, last: null, temp.Path);
        var added = rows.Take(700).Append(["10099999", "Ny skola", "210"]).Concat(rows.Skip(700)).ToList();
        var removed = rows.Where((_, i) => i != 1500).ToList();

        var withAdded = Write(added, first, temp.Path);
        var withRemoved = Write(removed, first, temp.Path);

        AssertWritten(added, withAdded);
        AssertWritten(removed, withRemoved);
        Assert.InRange(withAdded.Copied, first.Blocks.Count - 3, first.Blocks.Count - 1);
        Assert.InRange(withRemoved.Copied, first.Blocks.Count - 3, first.Blocks.Count - 1);
    }

    [Fact]
    public void Blocks_whose_bytes_are_not_as_many_rows_are_written_again()
    {
        using var temp = TestPaths.Temp();
        var rows = Rows();
        var first = Write(rows, last: null, temp.Path);
        // The last build's plain file with one line break fewer (a row's end turned into a space): the blocks say
        // where rows were, the bytes no longer have them.
        var damaged = first with { Plain = [.. first.Plain] };
        var at = Array.IndexOf(damaged.Plain, (byte)'\n', first.PlainEnds[10] - 1);
        damaged.Plain[at] = (byte)' ';

        var second = Write(rows, damaged, temp.Path);

        AssertWritten(rows, second);
        Assert.Equal(first.Blocks.Count - 1, second.Copied);
    }

    [Theory]
    [InlineData("a,b\n", 1, true)]
    [InlineData("a,\"b\nc\"\n", 1, true)]
    [InlineData("a,\"b\nc\"\n", 2, false)]
    [InlineData("a,\"say \"\"hi\"\"\"\nd,e\r\n", 2, true)]
    [InlineData("a,b\nc,d", 1, false)]
    [InlineData("a,b\nc,d", 2, false)]
    [InlineData("a,\"b\n", 1, false)]
    [InlineData("", 0, false)]
    public void Whole_rows_end_in_a_line_feed_outside_quotes(string bytes, int count, bool whole)
    {
        using var written = new MemoryStream();
        using var writer = new CsvTableWriter(Header, CsvDialect.Rfc4180, Numeric, written, sliced: true);

        Assert.Equal(whole, writer.AddWritten(Encoding.UTF8.GetBytes(bytes), count));
    }
}
