using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using Site.Model;

namespace Site.Compute.Analysis;

/// <summary>
/// What a part of the analysis read, as a 128-bit hash (XxHash128) of every value with its scale (202,7 is not
/// 202,70: the files print values as published): a kept part is reused only when what it would read now hashes the
/// same (<see cref="AnalysisCache"/>). The values are gathered in a buffer and hashed once, not one by one.
/// </summary>
public static class AnalysisInputs
{
    /// <summary>A slice of the entries: each entry's school, value, pupils and bounds, its position; the
    /// method.</summary>
    public static Hash128 Slice(MeanEntries entries, (OrganizerSplit Split, Measure Measure, int Year) key)
    {
        var (split, measure, year) = key;
        var list = entries.For(split, measure, year);
        var positions = entries.SchoolPositions(split, measure, year);
        var bytes = new Bytes();
        bytes.Int((int)entries.Method(split, measure, year));
        bytes.Int(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            var entry = list[i];
            bytes.Int(positions[i]);
            bytes.Text(entry.SchoolCode);
            bytes.Value(entry.Value);
            bytes.Int(entry.Pupils);
            bytes.Int(entry.BoundPupils);
            bytes.Int((int)entry.Basis);
        }

        return bytes.Hash();
    }

    /// <summary>A school's results: each one's year, measure and value.</summary>
    public static Hash128 Results(IReadOnlyList<SchoolResult> results)
    {
        var bytes = new Bytes();
        bytes.Int(results.Count);
        foreach (var result in results)
        {
            bytes.Int(result.Year.StartYear);
            bytes.Int((int)result.Measure);
            bytes.Value(result.Value);
        }

        return bytes.Hash();
    }

    /// <summary>A district's values by year and measure.</summary>
    public static Hash128 Values(List<decimal>[][] values)
    {
        var bytes = new Bytes();
        bytes.Int(values.Length);
        foreach (var year in values)
        {
            bytes.Int(year.Length);
            foreach (var measure in year)
            {
                bytes.Int(measure.Count);
                foreach (var value in measure)
                {
                    bytes.Decimal(value);
                }
            }
        }

        return bytes.Hash();
    }

    /// <summary>What names the figures' areas: the years, the whole's name, the districts, each school's
    /// district.</summary>
    public static Hash128 Areas(
        IReadOnlyList<SchoolYear> years, string areaName, IReadOnlyList<(string, string)> districts, int[] districtOf)
    {
        var bytes = new Bytes();
        bytes.Int(years.Count);
        foreach (var year in years)
        {
            bytes.Int(year.StartYear);
        }

        bytes.Text(areaName);
        bytes.Int(districts.Count);
        foreach (var (slug, name) in districts)
        {
            bytes.Text(slug);
            bytes.Text(name);
        }

        bytes.Int(districtOf.Length);
        foreach (var district in districtOf)
        {
            bytes.Int(district);
        }

        return bytes.Hash();
    }

    /// <summary>
    /// The values' bytes, gathered in a small buffer and hashed a buffer at a time: one call of the hash per value was
    /// slow, and a national slice's 5,000 entries gathered whole were 220 KB of new memory each, whose first writes
    /// (page faults) cost more than the hash.
    /// </summary>
    private sealed class Bytes
    {
        private readonly XxHash128 hash = new();
        private readonly byte[] buffer = ArrayPool<byte>.Shared.Rent(8192);
        private int length;

        public void Int(int value)
        {
            BinaryPrimitives.WriteInt32LittleEndian(Room(4), value);
            length += 4;
        }

        public void Int(int? value) => Int(value ?? int.MinValue);

        public void Decimal(decimal value)
        {
            decimal.GetBits(value, MemoryMarshal.Cast<byte, int>(Room(16)));
            length += 16;
        }

        public void Value(ResultValue value)
        {
            Int((int)value.Status);
            Decimal(value.Number ?? 0m);
        }

        // The text's UTF-16 bytes as they are: only compared with another hash made so.
        public void Text(string text)
        {
            Int(text.Length);
            var bytes = MemoryMarshal.AsBytes(text.AsSpan());
            if (bytes.Length > buffer.Length)
            {
                Flush();
                hash.Append(bytes);
                return;
            }

            bytes.CopyTo(Room(bytes.Length));
            length += bytes.Length;
        }

        public Hash128 Hash()
        {
            Flush();
            ArrayPool<byte>.Shared.Return(buffer);
            return Hash128.Of(hash);
        }

        private Span<byte> Room(int count)
        {
            if (length + count > buffer.Length)
            {
                Flush();
            }

            return buffer.AsSpan(length, count);
        }

        private void Flush()
        {
            hash.Append(buffer.AsSpan(0, length));
            length = 0;
        }
    }
}
