using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Site.Diagnostics;
using Site.Model;

namespace Site.Load;

/// <summary>
/// Reads an RFC 4180 file whose schema a CsvHelper ClassMap declares, into records of raw strings with their line
/// numbers. Turning strings into values is the caller's job, so that every bad cell is reported with its column, not
/// only the first.
/// </summary>
public static class CsvTable
{
    public static IReadOnlyList<CsvRow<TRecord>> Read<TRecord, TMap>(
        string path,
        string text,
        DiagnosticBag diagnostics,
        string delimiter = ",")
        where TMap : ClassMap<TRecord>, new()
    {
        var rows = new List<CsvRow<TRecord>>();
        if (text.Length == 0)
        {
            diagnostics.Error(new SourceRef(path, 1), "the file is empty", fix: "a header line is needed at the least");
            return rows;
        }

        var problems = new List<Diagnostic>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = false,
            Delimiter = delimiter,
            TrimOptions = TrimOptions.None,
            BadDataFound = args => problems.Add(
                new Diagnostic(
                    Severity.Error,
                    new SourceRef(path, args.Context.Parser?.RawRow ?? 0),
                    "a quote stands inside an unquoted field, or a quoted field is never closed",
                    args.RawRecord,
                    "quote the whole field and double any quote inside it")),
            MissingFieldFound = null,
            HeaderValidated = null,
        };

        using var reader = new CsvReader(new StringReader(text), config);
        reader.Context.RegisterClassMap<TMap>();
        if (!reader.Read() || !reader.ReadHeader() || reader.HeaderRecord is not { } header)
        {
            diagnostics.Error(new SourceRef(path, 1), "the file has no header line");
            return rows;
        }

        if (!CheckHeader(path, header, new TMap(), delimiter, diagnostics))
        {
            return rows;
        }

        while (reader.Read())
        {
            var line = reader.Parser.RawRow;
            if (reader.Parser.Count == 1 && string.IsNullOrWhiteSpace(reader.Parser[0]))
            {
                continue;
            }

            if (reader.Parser.Count != header.Length)
            {
                diagnostics.Error(
                    new SourceRef(path, line, Math.Min(reader.Parser.Count, header.Length) + 1),
                    $"the row has {reader.Parser.Count} fields where the header has {header.Length}",
                    reader.Parser.RawRecord.TrimEnd(),
                    "check for a missing or extra comma; quote values that contain commas");
                continue;
            }

            rows.Add(new CsvRow<TRecord>(reader.GetRecord<TRecord>(), path, line, header));
        }

        diagnostics.AddRange(problems);
        return rows;
    }

    private static bool CheckHeader<TRecord>(
        string path,
        string[] header,
        ClassMap<TRecord> map,
        string delimiter,
        DiagnosticBag diagnostics)
    {
        var ok = true;
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in map.MemberMaps)
        {
            var name = member.Data.Names[0];
            known.Add(name);
            if (!member.Data.IsOptional && !header.Contains(name, StringComparer.Ordinal))
            {
                diagnostics.Error(
                    new SourceRef(path, 1),
                    $"the header lacks the column '{name}'",
                    string.Join(',', header),
                    $"the header must be: {string.Join(delimiter, map.MemberMaps.Select(m => m.Data.Names[0]))}");
                ok = false;
            }
        }

        for (var i = 0; i < header.Length; i++)
        {
            if (!known.Contains(header[i]))
            {
                diagnostics.Error(
                    new SourceRef(path, 1, i + 1),
                    "unknown column",
                    header[i],
                    $"the columns are: {string.Join(delimiter, known)}; is the delimiter '{delimiter}'?");
                ok = false;
            }
            else if (Array.IndexOf(header, header[i]) != i)
            {
                diagnostics.Error(new SourceRef(path, 1, i + 1), "the column appears twice", header[i]);
                ok = false;
            }
        }

        return ok;
    }
}
