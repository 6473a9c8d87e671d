using System.Buffers;
using Site.Compute;
using Site.Compute.Changes;
using Site.Model;
using Site.Render;

namespace Site.Tests.Compute.Changes;

/// <summary>The manifest's values, made as they are written: the same file as a list of them gives.</summary>
public class ManifestValuesTests
{
    [Fact]
    public void The_values_are_written_as_a_list_of_them_is_without_being_listed()
    {
        var dataset = TestDatasets.Build(TestPaths.Small);
        var manifest = ManifestBuilder.Build(dataset, new MeanEntries(dataset));
        var values = Assert.IsType<ManifestValues>(manifest.Values);

        var written = ChangeFiles.ManifestBytes(manifest).Sequence.ToArray();

        Assert.False(values.Listed);
        var listed = values.ToList();
        Assert.Equal(ChangeFiles.ManifestBytes(manifest with { Values = listed }).Sequence.ToArray(), written);
        Assert.Equal(listed.Count, values.Count);
        // The fixture's 2024/25 export: Norra skolan 250,5; Södra skolan's behörighet '~100' (a status, no number);
        // Lilla skolan's '..'.
        Assert.Contains(new ManifestValue("11111111", "2024/25", "merit_value", "ok", 250.5m), listed);
        Assert.Contains(
            new ManifestValue("22222222", "2024/25", "eligible_vocational_pct", "rounded_100", null), listed);
        Assert.Contains(new ManifestValue("33333333", "2024/25", "merit_value", "suppressed", null), listed);
        // By position, as a comparison of whole manifests reads them: the same values in the same order.
        Assert.Equal(listed, Enumerable.Range(0, values.Count).Select(i => values[i]));
        Assert.True(values.Listed);
    }
}
