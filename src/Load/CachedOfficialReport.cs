using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
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
    /// A report <see cref="Write"/> wrote. A file that is not one (damaged, cut short, another layout) throws
    /// <see cref="InvalidDataException"/> or <see cref="EndOfStreamException"/>: it is never read as figures.
    /// </summary>
    public static CachedOfficialReport Read(Stream stream)
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

        // Each column is read whole, straight into its array: BinaryWriter wrote little-endian, as this machine is
        // (read value by value through the reader, they were 60 % of Stockholm's ~50 ms to read the file back).
        int[] Column()
        {
            var column = new int[figures];
            stream.ReadExactly(MemoryMarshal.AsBytes(column.AsSpan()));
            if (!BitConverter.IsLittleEndian)
            {
                BinaryPrimitives.ReverseEndianness(column, column);
            }

            return column;
        }

        // In Write's order (Columns).
        var (code, name, organizer, year, indicator) = (Column(), Column(), Column(), Column(), Column());
        var (status, figurePublication, file, line, columnNumber) = (Column(), Column(), Column(), Column(), Column());
        var numbers = new decimal?[figures];
        const int NumberSize = 1 + 16;
        var bytes = ArrayPool<byte>.Shared.Rent(Count(figures * NumberSize, stream));
        try
        {
            stream.ReadExactly(bytes, 0, figures * NumberSize);
            Span<int> bits = stackalloc int[4];
            for (var i = 0; i < figures; i++)
            {
                var at = bytes.AsSpan(i * NumberSize, NumberSize);
                for (var b = 0; b < 4; b++)
                {
                    bits[b] = BinaryPrimitives.ReadInt32LittleEndian(at.Slice(1 + (4 * b), 4));
                }

                numbers[i] = at[0] switch
                {
                    0 => null,
                    1 => new decimal(bits),
                    _ => throw new InvalidDataException("a kept official report with a damaged number"),
                };
            }
        }
        catch (ArgumentException)
        {
            // The decimal's scale or sign bits are not a decimal's.
            throw new InvalidDataException("a kept official report with a damaged number");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }

        if (stream.Position != stream.Length
            || new[] { code, name, file }.Any(c => c.Any(t => (uint)t >= (uint)texts.Length))
            || status.Where((s, i) => (ValueStatus)s == ValueStatus.Reported != numbers[i].HasValue).Any())
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
            Column: columnNumber);
    }

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

        return new OfficialReport(path, ReportName, new SchoolYear(Publication), figures);
    }
}
