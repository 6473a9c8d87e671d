using Site.Diagnostics;
using Site.Load;

namespace Site.Tests.Load;

/// <summary>One fixture per error message: each bad file yields an error that names the place, the value and the
/// problem.</summary>
public class ErrorFixtureTests
{
    private static DiagnosticBag ReadResults(string name)
    {
        var path = Path.Combine(TestPaths.Fixtures, "errors", name);
        var diagnostics = new DiagnosticBag();
        var text = TextFileDecoder.Decode(path, File.ReadAllBytes(path), diagnostics);
        if (text is not null)
        {
            if (text.StartsWith("school_code,name,", StringComparison.Ordinal))
            {
                SchoolRegistryReader.Read(path, text, diagnostics);
            }
            else if (text.StartsWith("school_code,", StringComparison.Ordinal)
                || text.StartsWith("school", StringComparison.Ordinal))
            {
                TidyResultsReader.Read(path, text, diagnostics);
            }
            else if (text.Length == 0)
            {
                CsvTable.Read<TidyResultRecord, TidyResultMap>(path, text, diagnostics);
            }
            else
            {
                SkolverketExportReader.Read(path, TextFileDecoder.Lines(text), diagnostics);
            }
        }

        return diagnostics;
    }

    [Theory]
    [InlineData("export-no-year.csv", ":1: error: the preamble has no 'Valt läsår: YYYY/YY' line")]
    [InlineData("export-bad-year.csv", ":4:1: error: the school year in the preamble is not of the form 2024/25 "
        + "(value: '2024/26')")]
    [InlineData("export-no-code-column.csv", ":1: error: no header with a school-unit code column")]
    [InlineData("export-no-measures.csv", ":6: error: the header has no column for meritvärde")]
    [InlineData("export-duplicate-column.csv", ":6:11: error: two columns mean the same thing")]
    [InlineData("export-field-count.csv", ":8:11: error: the row has 10 fields where the header has 11")]
    [InlineData("export-bad-code.csv", ":8:2: error: a school-unit code must be 8 digits (value: '2222222X')")]
    [InlineData("export-merit-out-of-range.csv", ":8:11: error: merit_value must lie between 0–340 (value: '341')")]
    [InlineData("export-share-out-of-range.csv", ":8:9: error: all_subjects_passed_pct must lie between 0–100 (value: "
        + "'100,5')")]
    [InlineData("export-not-a-number.csv", ":8:11: error: merit_value is not a number with decimal comma")]
    [InlineData("export-decimal-point.csv", ":8:11: error: merit_value is not a number with decimal comma (245,9) or "
        + "one of Skolverket's markers '..', '.', '~100' (value: '210.5')")]
    [InlineData("export-rounded-merit.csv", ":8:11: error: '~100' is only used for shares, not for merit_value")]
    [InlineData("export-bad-pupils.csv", ":8:8: error: a pupil count must be a whole number or a marker ('..', '.') "
        + "(value: '4,5')")]
    [InlineData("export-utf16.csv", ":1: error: the file is UTF-16; only UTF-8 is read")]
    [InlineData("export-cp1252.csv", ":1: error: the file is not valid UTF-8")]
    [InlineData("export-bom-inside.csv", ":14: error: a byte order mark (BOM) stands inside the file")]
    [InlineData("empty.csv", ":1: error: the file is empty")]
    [InlineData("tidy-renamed-header.csv", ":1: error: the header lacks the column 'school_code'")]
    [InlineData("tidy-wrong-delimiter.csv", ":1: error: the header lacks the column 'school_code'")]
    [InlineData("tidy-bad-status.csv", ":2:4: error: unknown status (value: 'hidden')")]
    [InlineData("tidy-marker-with-value.csv", ":2:5: error: a value with status 'suppressed' must be empty")]
    [InlineData("tidy-bad-measure.csv", ":2:3: error: unknown measure (value: 'meritvarde')")]
    [InlineData("tidy-bad-year.csv", ":2:2: error: a school year must look like 2024/25 (value: '2023')")]
    [InlineData("tidy-decimal-comma.csv", ":2:5: error: merit_value is not a number with decimal point (245.9) (value: "
        + "'245,5')")]
    [InlineData("tidy-infinity.csv", ":2:5: error: merit_value is not a number with decimal point")]
    [InlineData("tidy-missing-field.csv", ":2:5: error: the row has 4 fields where the header has 5")]
    [InlineData("tidy-extra-column.csv", ":1:6: error: unknown column (value: 'note')")]
    [InlineData("tidy-unclosed-quote.csv", "error: a quote stands inside an unquoted field, or a quoted field is never "
        + "closed")]
    [InlineData("schools-bad-organizer.csv", ":2:4: error: organizer_type must be municipal or independent (value: "
        + "'private')")]
    [InlineData("schools-lat-only.csv", ":2:5: error: give both lat and lon, or neither")]
    [InlineData("schools-bad-lat.csv", ":2:5: error: lat must be a WGS84 degree between -90 and 90")]
    [InlineData("schools-bad-municipality.csv", ":2:3: error: a municipality code has 4 digits")]
    [InlineData("schools-no-name.csv", ":2:2: error: a school needs a name")]
    [InlineData("schools-bad-successor.csv", ":2:8: error: a successor code must be an 8-digit school-unit code "
        + "(value: '123')")]
    [InlineData("schools-bad-code.csv", ":2:1: error: a school-unit code must be 8 digits (value: '1111111')")]
    public void Each_bad_file_gives_its_error(string fixture, string expected)
    {
        var diagnostics = ReadResults(fixture);
        var messages = diagnostics.Sorted().Select(d => d.ToString()).ToList();

        Assert.True(diagnostics.HasErrors, $"{fixture}: no error");
        Assert.Contains(
            messages,
            m => m.StartsWith(Path.Combine(TestPaths.Fixtures, "errors", fixture), StringComparison.Ordinal)
                && m.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void All_errors_of_a_file_are_reported_at_once()
    {
        var path = "many.csv";
        var text = "school_code,school_year,measure,status,value\n1,2023/24,merit_value,ok,1\n"
            + "11111111,x,merit_value,ok,1\n11111111,2023/24,y,ok,1\n";
        var diagnostics = new DiagnosticBag();

        TidyResultsReader.Read(path, text, diagnostics);

        Assert.Equal(3, diagnostics.Items.Count);
        Assert.Equal([2, 3, 4], diagnostics.Sorted().Select(d => d.Where.Line));
    }

    [Fact]
    public void A_ten_megabyte_field_is_an_error_with_a_short_message()
    {
        var text = "school_code,school_year,measure,status,value\n11111111,2023/24,merit_value,ok," + new string(
            '9',
            10_000_000) + "\n";
        var diagnostics = new DiagnosticBag();

        TidyResultsReader.Read("big.csv", text, diagnostics);

        var message = Assert.Single(diagnostics.Items).ToString();
        Assert.True(message.Length < 400, message);
    }
}
