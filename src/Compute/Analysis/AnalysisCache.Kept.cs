using System.Text;
using Site.Load;
using Site.Model;

namespace Site.Compute.Analysis;

/// <summary>
/// The analysis a build keeps for the next one: the parts it made, each with a hash of what it read. A new process has
/// no last entries to compare by reference, so it compares hashes (<see cref="AnalysisInputs"/>) of what each part
/// would read now; a figure is reused only when those are the same, as in a preview session.
/// </summary>
public sealed partial class AnalysisCache
{
    // 2: a district's spreads kept with the hash of its schools' results, not of its values.
    private const int Format = 2;

    /// <summary>Writes the parts this cache holds after an analysis of <paramref name="dataset"/>, with what they
    /// read.</summary>
    public void Write(Stream stream, Dataset dataset, MeanEntries entries)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Format);
        Areas.Of(dataset).Hash().Write(writer);
        // A national site's 135 slices of 204,534 entries: hashed on every core, unless Begin hashed them already.
        var hashes = sliceHashes ?? HashSlices(dataset, entries);
        KeptIndex.WriteArray(writer, hashes, (w, hash) => hash.Write(w));

        WriteTable(writer, aggregates, WriteAggregate);
        WriteTable(writer, changes, WriteChange);
        writer.Write(schoolTrends.Count);
        foreach (var (code, (read, trends)) in schoolTrends)
        {
            writer.Write(code);
            read.Write(writer);
            KeptIndex.WriteArray(writer, trends, WriteTrend);
        }

        writer.Write(spreads.Count);
        foreach (var (slug, (read, made)) in spreads)
        {
            writer.Write(slug);
            read.Write(writer);
            KeptIndex.WriteArray(writer, made, WriteSpread);
        }
    }

    /// <summary>
    /// The cache <see cref="Write"/> wrote, for an analysis of <paramref name="dataset"/>; null when it was written for
    /// other areas (its figures name areas by position), by another format, or does not hold together.
    /// </summary>
    public static AnalysisCache? Read(Stream stream, Dataset dataset)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (reader.ReadInt32() != Format || Hash128.Read(reader) is var areas && areas != Areas.Of(dataset).Hash())
        {
            return null;
        }

        // The slices in SlicesOf's order, which the areas' hash fixes: the years, then the splits and measures.
        var slices = KeptIndex.ReadArray(reader, bytesEach: 16, Hash128.Read);

        var cache = new AnalysisCache { keptAreas = areas, keptSlices = slices };

        ReadTable(reader, cache.aggregates, r => ReadAggregate(r, dataset));
        ReadTable(reader, cache.changes, r => ReadChange(r, dataset));
        var count = Count(reader);
        for (var i = 0; i < count; i++)
        {
            cache.schoolTrends[reader.ReadString()] = (Hash128.Read(reader), ReadList(reader, ReadTrend));
        }

        count = Count(reader);
        for (var i = 0; i < count; i++)
        {
            cache.spreads[reader.ReadString()] = (Hash128.Read(reader), ReadList(reader, r => ReadSpread(r, dataset)));
        }

        return cache;
    }

    private static void WriteTable<T>(
        BinaryWriter writer, Dictionary<(OrganizerSplit, Measure, int), List<T>> table, Action<BinaryWriter, T> item)
    {
        writer.Write(table.Count);
        foreach (var (key, list) in table)
        {
            WriteKey(writer, key);
            KeptIndex.WriteArray(writer, list, item);
        }
    }

    private static void ReadTable<T>(
        BinaryReader reader, Dictionary<(OrganizerSplit, Measure, int), List<T>> table, Func<BinaryReader, T> item)
    {
        var count = Count(reader);
        for (var i = 0; i < count; i++)
        {
            table[ReadKey(reader)] = ReadList(reader, item);
        }
    }

    private static List<T> ReadList<T>(BinaryReader reader, Func<BinaryReader, T> item)
    {
        var count = Count(reader);
        var list = new List<T>(count);
        for (var i = 0; i < count; i++)
        {
            list.Add(item(reader));
        }

        return list;
    }

    private static void WriteAggregate(BinaryWriter writer, Aggregate aggregate)
    {
        writer.Write(aggregate.Area.Id);
        writer.Write((byte)aggregate.Organizer);
        writer.Write(aggregate.Year.StartYear);
        writer.Write((byte)aggregate.Measure);
        var mean = aggregate.Mean;
        Write(writer, mean.Value);
        writer.Write((byte)mean.Method);
        writer.Write(mean.SchoolsIncluded);
        writer.Write(mean.SchoolsTotal);
        Write(writer, mean.PupilsIncluded);
        Write(writer, mean.PupilsTotal);
        Write(writer, mean.Low);
        Write(writer, mean.High);
        Write(writer, aggregate.GapToCity);
    }

    private static Aggregate ReadAggregate(BinaryReader reader, Dataset dataset) => new(
        Area: AreaAt(reader, dataset),
        Organizer: (OrganizerSplit)reader.ReadByte(),
        Year: new SchoolYear(reader.ReadInt32()),
        Measure: (Measure)reader.ReadByte(),
        Mean: new AreaMean(
            Value: ReadDecimal(reader),
            Method: (MeanMethod)reader.ReadByte(),
            SchoolsIncluded: reader.ReadInt32(),
            SchoolsTotal: reader.ReadInt32(),
            PupilsIncluded: ReadInt(reader),
            PupilsTotal: ReadInt(reader),
            Low: ReadDecimal(reader),
            High: ReadDecimal(reader)),
        GapToCity: ReadDecimal(reader));

    private static void WriteChange(BinaryWriter writer, YearChange change)
    {
        writer.Write(change.Area.Id);
        writer.Write((byte)change.Organizer);
        writer.Write((byte)change.Measure);
        writer.Write(change.From.StartYear);
        writer.Write(change.To.StartYear);
        writer.Write((byte)change.Method);
        writer.Write(change.Schools);
        Write(writer, change.FromMean);
        Write(writer, change.ToMean);
    }

    private static YearChange ReadChange(BinaryReader reader, Dataset dataset) => new(
        Area: AreaAt(reader, dataset),
        Organizer: (OrganizerSplit)reader.ReadByte(),
        Measure: (Measure)reader.ReadByte(),
        From: new SchoolYear(reader.ReadInt32()),
        To: new SchoolYear(reader.ReadInt32()),
        Method: (MeanMethod)reader.ReadByte(),
        Schools: reader.ReadInt32(),
        FromMean: ReadDecimal(reader),
        ToMean: ReadDecimal(reader));

    private static void WriteTrend(BinaryWriter writer, SeriesTrend series)
    {
        writer.Write((byte)series.Level);
        writer.Write(series.Area);
        writer.Write((byte)series.Organizer);
        writer.Write((byte)series.Measure);
        writer.Write((byte)series.Quantity);
        writer.Write((byte)series.Method);
        var trend = series.Trend;
        writer.Write(trend.Points);
        Write(writer, trend.First?.StartYear);
        Write(writer, trend.Last?.StartYear);
        Write(writer, trend.Slope);
        Write(writer, trend.StandardError);
        Write(writer, trend.TCritical);
        Write(writer, trend.SlopeLow);
        Write(writer, trend.SlopeHigh);
        writer.Write((byte)trend.Verdict);
        Write(writer, (int?)series.GapVerdict);
    }

    private static SeriesTrend ReadTrend(BinaryReader reader) => new(
        Level: (AreaLevel)reader.ReadByte(),
        Area: reader.ReadString(),
        Organizer: (OrganizerSplit)reader.ReadByte(),
        Measure: (Measure)reader.ReadByte(),
        Quantity: (TrendQuantity)reader.ReadByte(),
        Method: (MeanMethod)reader.ReadByte(),
        Trend: new Trend(
            Points: reader.ReadInt32(),
            First: ReadInt(reader) is { } first ? new SchoolYear(first) : null,
            Last: ReadInt(reader) is { } last ? new SchoolYear(last) : null,
            Slope: ReadDecimal(reader),
            StandardError: ReadDecimal(reader),
            TCritical: ReadDecimal(reader),
            SlopeLow: ReadDecimal(reader),
            SlopeHigh: ReadDecimal(reader),
            Verdict: (TrendVerdict)reader.ReadByte()),
        GapVerdict: (TrendVerdict?)ReadInt(reader));

    private static void WriteSpread(BinaryWriter writer, AreaSpread spread)
    {
        writer.Write(spread.Area.Id);
        writer.Write(spread.Year.StartYear);
        writer.Write((byte)spread.Measure);
        writer.Write(spread.Spread is not null);
        if (spread.Spread is { } s)
        {
            writer.Write(s.Schools);
            writer.Write(s.Min);
            writer.Write(s.LowerQuartile);
            writer.Write(s.Median);
            writer.Write(s.UpperQuartile);
            writer.Write(s.Max);
        }
    }

    private static AreaSpread ReadSpread(BinaryReader reader, Dataset dataset) => new(
        Area: AreaAt(reader, dataset),
        Year: new SchoolYear(reader.ReadInt32()),
        Measure: (Measure)reader.ReadByte(),
        Spread: reader.ReadBoolean()
            ? new Spread(
                Schools: reader.ReadInt32(),
                Min: reader.ReadDecimal(),
                LowerQuartile: reader.ReadDecimal(),
                Median: reader.ReadDecimal(),
                UpperQuartile: reader.ReadDecimal(),
                Max: reader.ReadDecimal())
            : null);

    private static void WriteKey(BinaryWriter writer, (OrganizerSplit Split, Measure Measure, int Year) key)
    {
        writer.Write((byte)key.Split);
        writer.Write((byte)key.Measure);
        writer.Write(key.Year);
    }

    private static (OrganizerSplit, Measure, int) ReadKey(BinaryReader reader) =>
        ((OrganizerSplit)reader.ReadByte(), (Measure)reader.ReadByte(), reader.ReadInt32());

    private static void Write(BinaryWriter writer, decimal? value)
    {
        writer.Write(value is not null);
        if (value is { } number)
        {
            writer.Write(number);
        }
    }

    private static decimal? ReadDecimal(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadDecimal() : null;

    private static void Write(BinaryWriter writer, int? value)
    {
        writer.Write(value is not null);
        if (value is { } number)
        {
            writer.Write(number);
        }
    }

    private static int? ReadInt(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadInt32() : null;

    // Checked against what is left of the file (KeptIndex.Count): a damaged count is refused, not allocated.
    private static int Count(BinaryReader reader) => KeptIndex.Count(reader, bytesEach: 1);

    private static Area AreaAt(BinaryReader reader, Dataset dataset) =>
        reader.ReadInt32() is var id && (uint)id < (uint)dataset.Areas.Count
            ? dataset.Areas[id]
            : throw new InvalidDataException($"No area {id} in the dataset.");
}
