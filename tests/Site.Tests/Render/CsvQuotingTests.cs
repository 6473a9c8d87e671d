using System.Text;
using Site.Render;

namespace Site.Tests.Render;

/// <summary>
/// Which cells a published CSV quotes, worked by hand from RFC 4180: a cell with the dialect's delimiter, a quote, a
/// space at either end or any line break is quoted (its quotes doubled); any other is written as it is.
/// </summary>
public class CsvQuotingTests
{
    private static readonly string[] Header = ["text", "number"];

    private static string Written(CsvDialect dialect, params string[][] rows) =>
        Encoding.UTF8.GetString(CsvText.Write(Header, rows, dialect, i => i == 1)).TrimStart('\uFEFF');

    [Fact]
    public void Rfc4180_quotes_commas_quotes_end_spaces_and_line_breaks_only()
    {
        var csv = Written(
            CsvDialect.Rfc4180,
            ["a,b", "1.5"],
            ["say \"hi\"", "2"],
            [" lead", ""],
            ["trail ", ""],
            ["x\ny", ""],
            ["x\ry", ""],
            ["a;b", ""],
            ["mid space", "-3.25"]);

        Assert.Equal(
            "text,number\n\"a,b\",1.5\n\"say \"\"hi\"\"\",2\n\" lead\",\n\"trail \",\n"
            + "\"x\ny\",\n\"x\ry\",\na;b,\nmid space,-3.25\n",
            csv);
    }

    [Fact]
    public void Swedish_excel_quotes_semicolons_and_any_line_break_not_its_decimal_commas()
    {
        var csv = Written(
            CsvDialect.SwedishExcel,
            ["a,b", "1.5"],
            ["a;b", "2"],
            ["x\ny", ""],
            ["x\ry", ""],
            ["x\r\ny", ""]);

        // A bare line feed is a line break in Excel too: CsvHelper's own rule, with the line end set to CRLF, quoted
        // only a cell holding CRLF and wrote "x", "y" as two rows.
        Assert.Equal(
            "text;number\r\na,b;1,5\r\n\"a;b\";2\r\n\"x\ny\";\r\n\"x\ry\";\r\n\"x\r\ny\";\r\n",
            csv);
    }

    [Fact]
    public void Swedish_excel_writes_a_quoted_number_with_its_decimal_comma()
    {
        // A number needing quotes takes the general way, not the plain one: its point still becomes a comma.
        var csv = Written(CsvDialect.SwedishExcel, ["Åby", " 1.5"], ["x", "2.25 "]);

        Assert.Equal("text;number\r\nÅby;\" 1,5\"\r\nx;\"2,25 \"\r\n", csv);
    }

    [Fact]
    public void A_cell_larger_than_the_writers_buffer_is_written_whole()
    {
        // 100,000 two-byte letters and a quote: 200 KB of UTF-8, several times the 32 KB the cells gather in.
        var large = new string('å', 50_000) + "\"" + new string('ä', 50_000);

        var csv = Written(CsvDialect.Rfc4180, [large, "1"], ["b", "2"]);

        Assert.Equal(
            "text,number\n\"" + new string('å', 50_000) + "\"\"" + new string('ä', 50_000) + "\",1\nb,2\n", csv);
    }

    [Fact]
    public void A_quoted_number_across_the_writers_buffer_keeps_its_decimal_comma()
    {
        // A text cell that leaves a few bytes of the 32 KB the cells gather in, then a number that needs quotes: the
        // buffer is written out in the middle of the number.
        var filler = new string('a', 32_760);

        var csv = Written(CsvDialect.SwedishExcel, [filler, " 1.5"]);

        Assert.Equal("text;number\r\n" + filler + ";\" 1,5\"\r\n", csv);
    }
}
