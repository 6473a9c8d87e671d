using System.Buffers;
using System.Globalization;
using System.Text;
using Site.Render;

namespace Site.Tests.Render;

/// <summary>A slice cut from a written table is byte for byte the file CsvHelper writes for those rows alone.</summary>
public class CsvBytesTests
{
    private static readonly string[] Header = ["school_code", "name", "merit"];

    private static byte[] All(ITableBytes bytes)
    {
        var all = new byte[bytes.Length];
        bytes.CopyTo(0, all);
        return all;
    }

    private static byte[] Slice(CsvBytes table, IReadOnlyList<int> rows)
    {
        var slice = new byte[table.SliceLength(rows)];
        table.SliceInto(rows, slice);
        return slice;
    }

    private static readonly IReadOnlyList<string>[] Rows =
    [
        ["10000001", "Åby skola", "231.5"],
        ["10000002", "Skola \"Norr\", 7–9", "250"],
        ["10000001", "=HYPERLINK(\"x\")", ""],
        ["10000003", "Rad\nmed radbrytning", "199.25"],
        ["10000002", "-minus; semikolon", "12.5"],
    ];

    public static TheoryData<CsvDialect, int[]> Slices => new()
    {
        { CsvDialect.Rfc4180, [0, 2] },
        { CsvDialect.Rfc4180, [1, 4] },
        { CsvDialect.Rfc4180, [3] },
        { CsvDialect.Rfc4180, [] },
        { CsvDialect.SwedishExcel, [0, 2] },
        { CsvDialect.SwedishExcel, [1, 3, 4] },
        { CsvDialect.SwedishExcel, [] },
        { CsvDialect.Rfc4180, [1, 2, 3] },
        { CsvDialect.SwedishExcel, [0, 1, 2, 3, 4] },
        { CsvDialect.SwedishExcel, [0, 1, 3, 4] },
    };

    [Fact]
    public void A_slice_across_the_tables_chunks_equals_its_rows_written_alone()
    {
        // 5,000 rows of ~25 bytes: the table spans two 64 KB chunks, and the run of 200 rows around the first row
        // that ends past 64 KB crosses from one chunk into the next.
        var rows = Enumerable.Range(0, 5000)
            .Select(i => (IReadOnlyList<string>)
                [(10000000 + i).ToString(CultureInfo.InvariantCulture), $"Skola {i}", "231.5"])
            .ToList();
        static bool Numeric(int i) => i == 2;
        var table = CsvText.WriteTable(Header, rows, CsvDialect.Rfc4180, Numeric);
        var crossing = Enumerable.Range(0, rows.Count).First(i => table.RowEnds[i] > 64 * 1024);
        int[] slice = [7, .. Enumerable.Range(crossing - 100, 200), 4999];

        var alone = CsvText.Write(Header, slice.Select(i => rows[i]), CsvDialect.Rfc4180, Numeric);

        Assert.InRange(crossing, 1000, 4000);
        Assert.Equal(alone, Slice(table, slice));
    }

    [Theory]
    [MemberData(nameof(Slices))]
    public void A_slice_equals_the_rows_written_alone(CsvDialect dialect, int[] rows)
    {
        static bool Numeric(int i) => i == 2;
        var table = CsvText.WriteTable(Header, Rows, dialect, Numeric);

        var alone = CsvText.Write(Header, rows.Select(i => Rows[i]), dialect, Numeric);

        Assert.Equal(Encoding.UTF8.GetString(alone), Encoding.UTF8.GetString(Slice(table, rows)));
        Assert.Equal(alone, Slice(table, rows));
    }

    [Fact]
    public void The_whole_table_is_what_write_returns_and_rows_end_in_order()
    {
        var table = CsvText.WriteTable(Header, Rows, CsvDialect.SwedishExcel, _ => false);

        Assert.Equal(CsvText.Write(Header, Rows, CsvDialect.SwedishExcel, _ => false), All(table.Bytes));
        Assert.Equal(Rows.Length, table.RowEnds.Count);
        Assert.Equal(table.Bytes.Length, table.RowEnds[^1]);
        Assert.True(table.RowEnds.Zip(table.RowEnds.Skip(1)).All(p => p.First < p.Second));
        var header = Encoding.UTF8.GetString(All(table.Bytes)[..table.HeaderEnd]);
        Assert.StartsWith("\uFEFFschool_code;name;merit\r\n", header, StringComparison.Ordinal);
    }

    [Fact]
    public void Seen_is_called_with_every_row_in_order()
    {
        var seen = new List<string>();

        CsvText.WriteTable(Header, Rows, CsvDialect.Rfc4180, _ => false, row => seen.Add(row[1]));

        Assert.Equal(Rows.Select(r => r[1]), seen);
    }

    [Theory]
    [InlineData(CsvDialect.Rfc4180)]
    [InlineData(CsvDialect.SwedishExcel)]
    public void A_table_written_without_noting_its_rows_has_the_same_bytes(CsvDialect dialect)
    {
        // Quoting, a line break in a field, non-ASCII text and 3,000 rows (past a 64 KB chunk): the writers are flushed
        // after every row only when the rows are noted, and the file must not depend on it.
        var rows = Enumerable.Range(0, 3000).SelectMany(i => Rows.Select(r =>
            (IReadOnlyList<string>)[r[0], $"{r[1]} {i}", r[2]])).ToList();
        static bool Numeric(int i) => i == 2;

        byte[] Written(bool sliced)
        {
            using var writer = new CsvTableWriter(Header, dialect, Numeric, sliced: sliced);
            foreach (var row in rows)
            {
                writer.Add(row);
            }

            var bytes = writer.Finish();
            Assert.Equal(sliced ? rows.Count : 0, bytes.RowEnds.Count);
            return All(bytes.Bytes);
        }

        var noted = Written(sliced: true);

        Assert.True(noted.Length > 64 * 1024);
        Assert.Equal(noted, Written(sliced: false));
    }

    [Theory]
    [InlineData(
        CsvDialect.Rfc4180,
        "school_code,name,merit\n10000002,\"Skola \"\"Norr\"\", 7–9\",231.5\n10000001,\"'=HYPERLINK(\"\"x\"\")\",\n")]
    [InlineData(
        CsvDialect.SwedishExcel,
        "\uFEFFschool_code;name;merit\r\n10000002;\"Skola \"\"Norr\"\", 7–9\";231,5\r\n"
        + "10000001;\"'=HYPERLINK(\"\"x\"\")\";\r\n")]
    public void A_row_is_written_alike_as_an_array_or_as_any_list(CsvDialect dialect, string expected)
    {
        // The tables' rows come as arrays and are read as arrays; any other list is read through the interface.
        string[][] rows = [["10000002", "Skola \"Norr\", 7–9", "231.5"], ["10000001", "=HYPERLINK(\"x\")", ""]];
        static bool Numeric(int i) => i == 2;

        string Written(Func<string[], IReadOnlyList<string>> given)
        {
            using var writer = new CsvTableWriter(Header, dialect, Numeric);
            foreach (var row in rows)
            {
                writer.Add(given(row));
            }

            return Encoding.UTF8.GetString(All(writer.Finish().Bytes));
        }

        Assert.Equal(expected, Written(row => row));
        Assert.Equal(expected, Written(row => row.ToList()));
    }
}
