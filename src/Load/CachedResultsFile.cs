using Site.Model;

namespace Site.Load;

/// <summary>
/// A Skolverket export's rows as <see cref="ParsedInputStore"/> keeps them: each text once, then the rows as numbers.
/// Reading a national country's 15 exports as text (lines decoded, split into fields, every cell parsed and every code
/// and name looked up among the load's shared texts) was most of the load stage of every build, though a new year's
/// export or a corrected cell changes one file of them; read back from here the unchanged files cost a fraction of it.
/// A value is its status and its number with its scale (202,70 stays 202,70), and every row keeps the line and column
/// it was read from, so that a later error names the place in the export as a fresh read would.
/// </summary>
public static class CachedResultsFile
{
    // What a kept file starts with: a file of another layout (an earlier program's) is not read as this one.
    private const string Magic = "skolresultat results file 1";

    /// <summary>The export's rows, its report's name and its school years, without the dates of its meta file (read
    /// on every build, as the meta file is not the export).</summary>
    public static void Write(Stream stream, ResultsFile file)
    {
        // Sized for a code and a name a school: grown from empty, the table was copied a dozen times.
        var texts = new List<string>(2 * file.Schools.Count);
        var index = new Dictionary<string, int>(2 * file.Schools.Count, StringComparer.Ordinal);
        int Text(string? text)
        {
            if (text is null)
            {
                return -1;
            }

            if (!index.TryGetValue(text, out var at))
            {
                index[text] = at = texts.Count;
                texts.Add(text);
            }

            return at;
        }

        // The texts first, so that a reader has them before the rows that name them.
        var schools = file.Schools.Select(s => (
            Code: Text(s.SchoolCode),
            Name: Text(s.Name),
            Municipality: Text(s.MunicipalityCode),
            MunicipalityName: Text(s.MunicipalityName),
            Organizer: Text(s.OrganizerText))).ToList();
        var pupils = file.PupilCounts.Select(p => (Code: Text(p.SchoolCode), Municipality: Text(p.MunicipalityCode)))
            .ToList();
        var results = file.Results.Select(r => (Code: Text(r.SchoolCode), Municipality: Text(r.MunicipalityCode)))
            .ToList();

        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(file.ReportName);
        writer.Write(file.Years.Count);
        foreach (var year in file.Years)
        {
            writer.Write(year.StartYear);
        }

        writer.Write(texts.Count);
        foreach (var text in texts)
        {
            writer.Write(text);
        }

        writer.Write(schools.Count);
        for (var i = 0; i < schools.Count; i++)
        {
            var (code, name, municipality, municipalityName, organizer) = schools[i];
            writer.Write(code);
            writer.Write(name);
            writer.Write(municipality);
            writer.Write(municipalityName);
            writer.Write(organizer);
            writer.Write(file.Schools[i].Source.Line);
            writer.Write(file.Schools[i].Source.Column);
        }

        writer.Write(pupils.Count);
        for (var i = 0; i < pupils.Count; i++)
        {
            var row = file.PupilCounts[i];
            Row(writer, pupils[i], row.Year, measure: 0, row.Count, row.Source);
        }

        writer.Write(results.Count);
        for (var i = 0; i < results.Count; i++)
        {
            var row = file.Results[i];
            Row(writer, results[i], row.Year, (int)row.Measure, row.Value, row.Source);
        }
    }

    /// <summary>
    /// The rows <see cref="Write"/> wrote, as read from <paramref name="path"/>, their texts taken from the load's
    /// <paramref name="strings"/> as a fresh read's are. A file that is not one (damaged, cut short, another layout)
    /// throws <see cref="InvalidDataException"/> or <see cref="EndOfStreamException"/>: it is never read as rows.
    /// </summary>
    public static ResultsFile Read(Stream stream, string path, SharedStrings strings)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (reader.ReadString() != Magic)
        {
            throw new InvalidDataException("not a kept results file");
        }

        var reportName = reader.ReadString();
        var years = new SchoolYear[Count(reader.ReadInt32(), stream)];
        for (var i = 0; i < years.Length; i++)
        {
            years[i] = new SchoolYear(reader.ReadInt32());
        }

        var texts = new string[Count(reader.ReadInt32(), stream)];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = strings.Of(reader.ReadString());
        }

        string? Text(int at) => at == -1
            ? null
            : (uint)at < (uint)texts.Length
                ? texts[at]
                : throw new InvalidDataException("a kept results file that does not hold together");

        // One delegate for every row: the local function passed as itself made one for each (15 MB of a national
        // changed cell's garbage).
        Func<int, string?> text = Text;

        var schools = new List<ExportSchoolRow>(Count(reader.ReadInt32(), stream));
        for (var i = schools.Capacity; i > 0; i--)
        {
            var (code, name, municipality) = (Text(reader.ReadInt32()), Text(reader.ReadInt32()), reader.ReadInt32());
            var (municipalityName, organizer) = (Text(reader.ReadInt32()), Text(reader.ReadInt32()));
            schools.Add(new ExportSchoolRow(
                SchoolCode: code ?? throw Damaged(),
                Name: name ?? throw Damaged(),
                MunicipalityCode: Text(municipality) ?? throw Damaged(),
                MunicipalityName: municipalityName,
                OrganizerText: organizer ?? throw Damaged(),
                Source: new SourceRef(path, reader.ReadInt32(), reader.ReadInt32())));
        }

        var pupils = new List<PupilCountRow>(Count(reader.ReadInt32(), stream));
        for (var i = pupils.Capacity; i > 0; i--)
        {
            var (code, municipality, year, _, value, source) = ReadRow(reader, text, years, path);
            pupils.Add(new PupilCountRow(code, municipality, year, value, source));
        }

        var results = new List<ResultRow>(Count(reader.ReadInt32(), stream));
        for (var i = results.Capacity; i > 0; i--)
        {
            var (code, municipality, year, measure, value, source) = ReadRow(reader, text, years, path);
            results.Add(new ResultRow(
                code,
                municipality,
                year,
                Enum.IsDefined(measure) ? measure : throw Damaged(),
                value,
                source));
        }

        if (stream.Position != stream.Length)
        {
            throw Damaged();
        }

        return new ResultsFile(path, reportName, years, results, pupils, schools);
    }

    private static void Row(
        BinaryWriter writer,
        (int Code, int Municipality) texts,
        SchoolYear year,
        int measure,
        ResultValue value,
        SourceRef source)
    {
        writer.Write(texts.Code);
        writer.Write(texts.Municipality);
        writer.Write(year.StartYear);
        writer.Write(measure);
        writer.Write((int)value.Status);
        if (value.Number is { } number)
        {
            writer.Write(number);
        }

        writer.Write(source.Line);
        writer.Write(source.Column);
    }

    private static (string Code, string? Municipality, SchoolYear Year, Measure Measure, ResultValue Value,
        SourceRef Source) ReadRow(BinaryReader reader, Func<int, string?> text, SchoolYear[] years, string path)
    {
        var code = text(reader.ReadInt32()) ?? throw Damaged();
        var municipality = text(reader.ReadInt32());
        var year = new SchoolYear(reader.ReadInt32());
        if (Array.IndexOf(years, year) < 0)
        {
            throw Damaged();
        }

        var measure = (Measure)reader.ReadInt32();
        var status = (ValueStatus)reader.ReadInt32();
        var value = status switch
        {
            ValueStatus.Reported => ResultValue.Reported(reader.ReadDecimal()),
            _ when Enum.IsDefined(status) => ResultValue.Marker(status),
            _ => throw Damaged(),
        };
        return (code, municipality, year, measure, value, new SourceRef(path, reader.ReadInt32(), reader.ReadInt32()));
    }

    // A count read from the file: never more items than the file has bytes left (a damaged count is not allocated).
    private static int Count(int count, Stream stream) =>
        count >= 0 && count <= stream.Length - stream.Position ? count : throw Damaged();

    private static InvalidDataException Damaged() => new("a kept results file that does not hold together");
}
