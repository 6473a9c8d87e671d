using Site.Model;

namespace Site.Load;

/// <summary>
/// A municipality workbook's figures as <see cref="ParsedInputStore"/> keeps them: a column of numbers per field, and
/// each text once. As one object per figure, with its sheet's name in each, Stockholm's 64,710 figures were 17 MB of
/// JSON and saved almost nothing (the load stage 0.53-0.59 s against 0.62 s; as columns, 0.39-0.46 s). As columns of
/// JSON they were still 2.6 MB and ~0.12 CPU-seconds to read back; written as binary columns (<see cref="Write"/>) they
/// are read in a few milliseconds. A value is its status and its number, so that a marker is read back as the marker
/// and a number with its scale (202,70 stays 202,70).
/// </summary>
public sealed record CachedOfficialReport(
    string ReportName,
    int Publication,
    IReadOnlyList<string> Texts,
    int[] Code,
    int[] Name,
    int[] Organizer,
    int[] Year,
    int[] Indicator,
    int[] Status,
    decimal?[] Number,
    int[] FigurePublication,
    int[] File,
    int[] Line,
    int[] Column)
{
    public static CachedOfficialReport From(OfficialReport report)
    {
        var texts = new List<string>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        int Text(string text)
        {
            if (!index.TryGetValue(text, out var at))
            {
                index[text] = at = texts.Count;
                texts.Add(text);
            }

            return at;
        }

        var figures = report.Figures;
        int[] Each(Func<OfficialFigure, int> field) => figures.Select(field).ToArray();
        return new CachedOfficialReport(
            ReportName: report.ReportName,
            Publication: report.Publication.StartYear,
            Texts: texts,
            Code: Each(f => Text(f.MunicipalityCode)),
            Name: Each(f => Text(f.MunicipalityName)),
            Organizer: Each(f => f.Organizer is { } organizer ? (int)organizer : -1),
            Year: Each(f => f.Year.StartYear),
            Indicator: Each(f => (int)f.Indicator),
            Status: Each(f => (int)f.Value.Status),
            Number: figures.Select(f => f.Value.Number).ToArray(),
            FigurePublication: Each(f => f.Publication.StartYear),
            File: Each(f => Text(f.Source.File)),
            Line: Each(f => f.Source.Line),
            Column: Each(f => f.Source.Column));
    }

    /// <summary>
    /// The school years of every figure the file has, also of the municipalities <see cref="Read"/> left out: the
    /// report's sources list what it covers.
    /// </summary>
    public IReadOnlyList<int> AllYears { get; init; } = [.. Year.Distinct().Order()];

    // What a kept file starts with: a file of another layout (an earlier program's) is not read as this one.
    private const string Magic = "skolresultat official report 2";

    private int[][] Columns => [Code, Name, Organizer, Year, Indicator, Status, FigurePublication, File, Line, Column];

    /// <summary>The report as binary columns: each text once, then each field's column, then the numbers.</summary>
    public void Write(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(ReportName);
        writer.Write(Publication);
        writer.Write(Texts.Count);
        foreach (var text in Texts)
        {
            writer.Write(text);
        }

        writer.Write(Code.Length);
        foreach (var column in Columns)
        {
            foreach (var value in column)
            {
                writer.Write(value);
            }
        }

        foreach (var number in Number)
        {
            writer.Write(number.HasValue);
            writer.Write(number ?? 0m);
        }
    }

    /// <summary>
    /// A report <see cref="Write"/> wrote, with only the figures of the municipalities <paramref name="keep"/> keeps
    /// (all when null), and the school years of every figure (<see cref="AllYears"/>). A file that is not one
    /// (damaged, cut short, another layout) throws <see cref="InvalidDataException"/> or
    /// <see cref="EndOfStreamException"/>: it is never read as figures.
    /// </summary>
    /// <remarks>
    /// The columns are read a block at a time and only the kept rows are kept: a workbook has every municipality's
    /// figures (64,710), a site publishes a few of them, and ten columns of every row were ~5 MB of arrays on the
    /// large object heap in each build's load stage, each such allocation a full collection while the heap grows.
    /// Every row is still checked.
    /// </remarks>
    public static CachedOfficialReport Read(Stream stream, Func<string, bool>? keep = null)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (reader.ReadString() != Magic)
        {
            throw new InvalidDataException("not a kept official report");
        }

        var reportName = reader.ReadString();
        var publication = reader.ReadInt32();
        var texts = new string[Count(reader.ReadInt32(), stream)];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = reader.ReadString();
        }

        var figures = Count(reader.ReadInt32(), stream);
        var columns = new OfficialColumnReader(stream, figures);
        var keptText = texts.Select(t => keep?.Invoke(t) ?? true).ToArray();

        // In Write's order (Columns). Every row's text indices are checked, and every row's status against its number.
        var (rows, code) = columns.Select(value => InTexts(value, texts) && keptText[value]);
        var name = columns.Kept(rows, each: (_, value) => InTexts(value, texts));
        var organizer = columns.Kept(rows);
        var years = new SortedSet<int>();
        var year = columns.Kept(rows, each: (_, value) => years.Add(value));
        var indicator = columns.Kept(rows);
        var reported = new bool[figures];
        var status = columns.Kept(
            rows, each: (row, value) => reported[row] = (ValueStatus)value == ValueStatus.Reported);
        var figurePublication = columns.Kept(rows);
        var file = columns.Kept(rows, each: (_, value) => InTexts(value, texts));
        var (line, columnNumber) = (columns.Kept(rows), columns.Kept(rows));
        var numbers = columns.Numbers(rows, reported);
        if (stream.Position != stream.Length)
        {
            throw new InvalidDataException("a kept official report that does not hold together");
        }

        return new CachedOfficialReport(
            ReportName: reportName,
            Publication: publication,
            Texts: texts,
            Code: code,
            Name: name,
            Organizer: organizer,
            Year: year,
            Indicator: indicator,
            Status: status,
            Number: numbers,
            FigurePublication: figurePublication,
            File: file,
            Line: line,
            Column: columnNumber)
        {
            AllYears = [.. years],
        };
    }

    // A text index read from the file: within the texts, or the file does not hold together.
    private static bool InTexts(int index, string[] texts) => (uint)index < (uint)texts.Length
        ? true
        : throw new InvalidDataException("a kept official report that does not hold together");

    // A count read from the file: never more items than the file has bytes left (a damaged count is not allocated).
    private static int Count(int count, Stream stream) =>
        count >= 0 && count <= stream.Length - stream.Position
            ? count
            : throw new InvalidDataException("a kept official report with a damaged count");

    /// <summary>The report as the reader made it.</summary>
    public OfficialReport ToReport(string path)
    {
        var figures = new List<OfficialFigure>(Code.Length);
        for (var i = 0; i < Code.Length; i++)
        {
            var status = (ValueStatus)Status[i];
            figures.Add(new OfficialFigure(
                MunicipalityCode: Texts[Code[i]],
                MunicipalityName: Texts[Name[i]],
                Organizer: Organizer[i] < 0 ? null : (OrganizerType)Organizer[i],
                Year: new SchoolYear(Year[i]),
                Indicator: (OfficialIndicator)Indicator[i],
                Value: status == ValueStatus.Reported
                    ? ResultValue.Reported(Number[i]!.Value)
                    : ResultValue.Marker(status),
                Publication: new SchoolYear(FigurePublication[i]),
                Source: new SourceRef(Texts[File[i]], Line[i], Column[i])));
        }

        return new OfficialReport(path, ReportName, new SchoolYear(Publication), figures)
        {
            Years = [.. AllYears.Select(y => new SchoolYear(y))],
        };
    }
}
