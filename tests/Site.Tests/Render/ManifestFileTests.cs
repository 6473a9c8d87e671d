using System.Buffers;
using System.Text;
using Site.Compute.Changes;
using Site.Diagnostics;
using Site.Model;
using Site.Render;

namespace Site.Tests.Render;

/// <summary>manifest.json as a published build keeps it, worked by hand: indented, camelCase keys, letters as they are,
/// a quote escaped, a suppressed value's number null.</summary>
public class ManifestFileTests
{
    private static readonly Manifest Small = new(
        Years: ["2024/25"],
        Schools: [new ManifestSchool("10000001", "Åby \"skola\"", null)],
        Values:
        [
            new ManifestValue("10000001", "2024/25", "merit_value", "ok", 231.5m),
            new ManifestValue("10000001", "2024/25", "all_subjects_passed_pct", "..", null),
        ],
        Methods: new Dictionary<string, string> { ["merit_value"] = "unweighted" });

    private const string Written = """
        {
          "years": [
            "2024/25"
          ],
          "schools": [
            {
              "code": "10000001",
              "name": "Åby \"skola\"",
              "successor": null
            }
          ],
          "values": [
            {
              "school": "10000001",
              "year": "2024/25",
              "measure": "merit_value",
              "status": "ok",
              "value": 231.5
            },
            {
              "school": "10000001",
              "year": "2024/25",
              "measure": "all_subjects_passed_pct",
              "status": "..",
              "value": null
            }
          ],
          "methods": {
            "merit_value": "unweighted"
          }
        }

        """;

    [Fact]
    public void A_manifest_is_written_as_published_builds_keep_it()
    {
        var bytes = ChangeFiles.ManifestBytes(Small).Sequence.ToArray();

        Assert.Equal(Written, Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void A_written_manifest_reads_back_as_it_was()
    {
        using var stream = new MemoryStream();
        ChangeFiles.WriteManifest(stream, Small);
        var diagnostics = new DiagnosticBag();

        var read = ManifestJson.Read(stream.ToArray(), "manifest.json", ChangeFiles.Options, diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.NotNull(read);
        Assert.Equal(Small.Values, read.Values);
        Assert.Equal(Small.Schools, read.Schools);
    }
}
