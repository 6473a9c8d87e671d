using System.Globalization;
using Site.Diagnostics;
using Site.Model;

namespace Site.Load;

/// <summary>Reads data/schools.csv into registry records, reporting every bad cell.</summary>
public static class SchoolRegistryReader
{
    public static IReadOnlyList<SchoolRecord> Read(string path, string text, DiagnosticBag diagnostics)
    {
        var schools = new List<SchoolRecord>();
        foreach (var row in CsvTable.Read<SchoolRegistryRecord, SchoolRegistryMap>(path, text, diagnostics))
        {
            var r = row.Record;
            var ok = true;
            if (!SchoolCode.IsValid(r.SchoolCode))
            {
                diagnostics.Error(row.At("school_code"), "a school-unit code must be 8 digits", r.SchoolCode);
                ok = false;
            }

            if (string.IsNullOrWhiteSpace(r.Name) || r.Name.Length > 200)
            {
                diagnostics.Error(row.At("name"), "a school needs a name of at most 200 characters", r.Name);
                ok = false;
            }

            if (r.MunicipalityCode.Length != 4 || !r.MunicipalityCode.All(char.IsAsciiDigit))
            {
                diagnostics.Error(
                    row.At("municipality_code"),
                    "a municipality code has 4 digits, e.g. 0180 for Stockholm",
                    r.MunicipalityCode);
                ok = false;
            }

            var organizer = OrganizerTypeCodes.FromCode(r.OrganizerType);
            if (organizer is null)
            {
                diagnostics.Error(
                    row.At("organizer_type"),
                    "organizer_type must be municipal or independent",
                    r.OrganizerType);
                ok = false;
            }

            var lat = Coordinate(row, "lat", r.Lat, -90, 90, diagnostics, ref ok);
            var lon = Coordinate(row, "lon", r.Lon, -180, 180, diagnostics, ref ok);
            if (lat.HasValue != lon.HasValue)
            {
                diagnostics.Error(row.At("lat"), "give both lat and lon, or neither", $"{r.Lat},{r.Lon}");
                ok = false;
            }

            var successor = Empty(r.SuccessorCode);
            if (successor is not null && !SchoolCode.IsValid(successor))
            {
                diagnostics.Error(
                    row.At("successor_code"),
                    "a successor code must be an 8-digit school-unit code",
                    successor);
                ok = false;
            }

            if (ok)
            {
                schools.Add(
                    new SchoolRecord(
                        r.SchoolCode,
                        r.Name.Trim(),
                        r.MunicipalityCode,
                        organizer!.Value,
                        lat,
                        lon,
                        Empty(r.District),
                        successor,
                        new SourceRef(path, row.Line)));
            }
        }

        return schools;
    }

    private static double? Coordinate(
        CsvRow<SchoolRegistryRecord> row,
        string column,
        string raw,
        double min,
        double max,
        DiagnosticBag diagnostics,
        ref bool ok)
    {
        if (raw.Length == 0)
        {
            return null;
        }

        if (raw.Length <= 30
            && double.TryParse(
                raw,
                NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture,
                out var value)
            && value >= min
            && value <= max)
        {
            return value;
        }

        diagnostics.Error(
            row.At(column),
            $"{column} must be a WGS84 degree between {min} and {max} with decimal point",
            raw);
        ok = false;
        return null;
    }

    private static string? Empty(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
