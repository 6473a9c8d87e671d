using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Site.Render;

/// <summary>Writes RFC 4180 CSV (UTF-8 without BOM, LF line ends, decimal point) with CsvHelper, so quoting is always right.</summary>
public static class CsvText
{
    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, config))
        {
            foreach (var name in header)
            {
                csv.WriteField(name);
            }

            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var field in row)
                {
                    csv.WriteField(field);
                }

                csv.NextRecord();
            }
        }

        return new UTF8Encoding(false).GetBytes(text.ToString());
    }
}
