using System.Buffers;
using Site.Compute.Changes;
using Site.Diagnostics;
using Site.Load;
using Site.Model;
using Site.Render;

namespace Site.Tests.Compute.Changes;

/// <summary>
/// A rebuild compares only the values around the bytes that differ from the last manifest; the changes it publishes
/// are those of comparing every value.
/// </summary>
public class ManifestNarrowingTests
{
    private static readonly string[] Years = ["2022/23", "2023/24", "2024/25"];
    private static readonly string[] Measures = ["merit_value", "all_subjects_passed_pct"];

    // 30 schools, 3 years, 2 measures: 180 values, in the manifest's order.
    private static Manifest Before() => new(
        Years,
        Enumerable.Range(0, 30).Select(i => new ManifestSchool($"{10000000 + i}", $"Skola {i}", null)).ToList(),
        (from i in Enumerable.Range(0, 30)
         from year in Years
         from measure in Measures
         select new ManifestValue($"{10000000 + i}", year, measure, "ok", 200m + i)).ToList(),
        new Dictionary<string, string> { ["all/merit_value"] = "unweighted" });

    private static Manifest WithValues(Manifest manifest, Func<List<ManifestValue>, List<ManifestValue>> change) =>
        manifest with { Values = change(manifest.Values.ToList()) };

    public static TheoryData<string> Edits() => new(
        "one value revised in the middle",
        "the first value revised",
        "the last value revised",
        "a value suppressed",
        "a value withheld (..)",
        "two values far apart revised",
        "a value added in the middle",
        "a value removed from the middle",
        "the first value removed",
        "the last value added",
        "a value written with another scale",
        "a school renamed",
        "a year added",
        "the method changed",
        "every value revised");

    private static Manifest Edit(string edit)
    {
        var before = Before();
        return edit switch
        {
            "one value revised in the middle" => WithValues(before, v => Set(v, 95, 201.3m)),
            "the first value revised" => WithValues(before, v => Set(v, 0, 199.9m)),
            "the last value revised" => WithValues(before, v => Set(v, v.Count - 1, 199.9m)),
            "a value suppressed" => WithValues(before, v => Marker(v, 40, "suppressed")),
            "a value withheld (..)" => WithValues(before, v => Marker(v, 41, "..")),
            "two values far apart revised" => WithValues(before, v => Set(Set(v, 3, 1m), 170, 2m)),
            "a value added in the middle" => WithValues(before, v =>
            {
                v.Insert(90, new ManifestValue("10000014", "2024/25", "z_new_measure", "ok", 12.5m));
                return v;
            }),
            "a value removed from the middle" => WithValues(before, v =>
            {
                v.RemoveAt(90);
                return v;
            }),
            "the first value removed" => WithValues(before, v => v.Skip(1).ToList()),
            "the last value added" => WithValues(before, v =>
                [.. v, new ManifestValue("10000029", "2024/25", "z_new_measure", "ok", 1m)]),
            "a value written with another scale" => WithValues(before, v => Set(v, 60, 230.00m)),
            "a school renamed" => before with
            {
                Schools = before.Schools.Select(s => s.Code == "10000005" ? s with { Name = "Ny" } : s).ToList(),
                Values = Set(before.Values.ToList(), 7, 3m),
            },
            "a year added" => before with { Years = [.. Years, "2025/26"] },
            "the method changed" => before with
            {
                Methods = new Dictionary<string, string> { ["all/merit_value"] = "pupil_weighted" },
            },
            "every value revised" => WithValues(before, v => v.Select(x => x with { Value = x.Value + 1 }).ToList()),
            _ => throw new ArgumentException(edit),
        };
    }

    private static List<ManifestValue> Set(List<ManifestValue> values, int index, decimal value) =>
        Replace(values, index, v => v with { Value = value });

    private static List<ManifestValue> Marker(List<ManifestValue> values, int index, string status) =>
        Replace(values, index, v => v with { Status = status, Value = null });

    private static List<ManifestValue> Replace(
        List<ManifestValue> values, int index, Func<ManifestValue, ManifestValue> f)
    {
        values[index] = f(values[index]);
        return values;
    }

    [Theory]
    [MemberData(nameof(Edits))]
    public void The_changes_published_are_those_of_comparing_every_value(string edit)
    {
        var before = Before();
        var after = Edit(edit);
        var previous = ChangeFiles.ManifestBytes(before).Sequence.ToArray();
        var current = ChangeFiles.ManifestBytes(after).Sequence;
        var diagnostics = new DiagnosticBag();

        var decided = ChangeHistory.Decide(
            new PreviousBuild(previous, ChangeFiles.Serialize(ChangeSet.None(false))), after, current,
            ChangeFiles.Options, diagnostics);

        var everyValue = ChangeDetector.Compare(before, after);
        Assert.Empty(diagnostics.Items);
        Assert.Equal(ChangeFiles.Serialize(everyValue), ChangeFiles.Serialize(decided));
    }

    [Theory]
    [InlineData("one value revised in the middle", 1)]
    [InlineData("the first value revised", 1)]
    [InlineData("two values far apart revised", 168)]
    [InlineData("a value added in the middle", 2)]
    [InlineData("a value removed from the middle", 2)]
    public void A_difference_among_the_values_is_narrowed_to_the_values_around_it(string edit, int atMost)
    {
        var before = Before();
        var after = Edit(edit);

        var narrowed = ManifestNarrowing.Narrow(
            ChangeFiles.ManifestBytes(before).Sequence.ToArray(), ChangeFiles.ManifestBytes(after).Sequence, after,
            ChangeFiles.Options);

        Assert.NotNull(narrowed);
        Assert.InRange(narrowed.Value.Previous.Values.Count, 1, atMost);
        Assert.InRange(narrowed.Value.Current.Values.Count, 1, atMost + 1);
    }

    [Theory]
    [InlineData("a school renamed")]
    [InlineData("a year added")]
    [InlineData("the method changed")]
    public void A_difference_outside_the_values_is_not_narrowed(string edit)
    {
        var after = Edit(edit);

        var narrowed = ManifestNarrowing.Narrow(
            ChangeFiles.ManifestBytes(Before()).Sequence.ToArray(), ChangeFiles.ManifestBytes(after).Sequence, after,
            ChangeFiles.Options);

        Assert.Null(narrowed);
    }

    [Theory]
    [InlineData(9999, 0)]
    [InlineData(9998, 1)]
    [InlineData(5904, 4095)]
    [InlineData(5903, 4096)]
    [InlineData(0, 9999)]
    [InlineData(-1, 10000)]
    public void The_bytes_the_same_at_the_end_are_counted_to_the_last_that_differs(int differs, int same)
    {
        // 10,000 bytes, the same in both but the one at "differs" (-1: none), across blocks of 4,096 from the end.
        var a = Enumerable.Range(0, 10000).Select(i => (byte)(i * 7)).ToArray();
        var b = a.ToArray();
        if (differs >= 0)
        {
            b[differs] ^= 1;
        }

        Assert.Equal(same, ManifestNarrowing.SameAtEnd(a, b));
    }
}
