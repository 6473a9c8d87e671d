using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Plotly.NET;

namespace Site.Render;

/// <summary>
/// The chart templates (<see cref="ChartTraces"/>) kept on disk from one build to the next, owned by the build that is
/// given one (preview makes its templates once per session). Making them sets Plotly.NET, F# and Newtonsoft up, about a
/// quarter of a CPU-second of Stockholm's 2.5; read back from here they take a few milliseconds. They depend only on
/// the program: they are found by the module version ids of the generator, Plotly.NET, FSharp.Core, Newtonsoft.Json and
/// the runtime's core library (each the same for the same build of it), so a changed program, library or runtime makes
/// them anew.
/// </summary>
/// <param name="folder">Where they are kept (the build's cache folder, beside its kept reads); made when
/// needed.</param>
public sealed class ChartTemplateStore(string folder)
{
    /// <summary>How many programs' templates are kept at most (a published build, a test run, `dotnet run`).</summary>
    public const int MostKept = 4;

    private const string Prefix = "chart-templates-";

    private static readonly string Program = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
        string.Join(
            ',',
            new[]
            {
                typeof(ChartTemplateStore), typeof(GenericChart), typeof(Microsoft.FSharp.Core.Unit),
                typeof(Newtonsoft.Json.JsonConvert), typeof(object),
            }
                .Select(t => t.Assembly.ManifestModule.ModuleVersionId.ToString("N"))))))[..16];

    private string FilePath => Path.Combine(folder, $"{Prefix}{Program}.json");

    /// <summary>
    /// Every kind's template as an earlier build of this program made it; null when none is kept whole.
    /// </summary>
    public IReadOnlyDictionary<ChartTemplateKind, ChartTemplate>? Find()
    {
        try
        {
            using var stream = File.OpenRead(FilePath);
            var kept = JsonSerializer.Deserialize(stream, ChartTemplateJson.Default.KeptChartTemplates);
            var found = kept?.Templates.ToDictionary(t => new ChartTemplateKind(t.Role, t.Labelled), t => t.Template);
            return found is not null
                && ChartTemplateKind.All.All(found.ContainsKey)
                && found.Values.All(t => t.IsWhole) ? found : null;
        }
        catch (Exception ex)
            when (ex is IOException or UnauthorizedAccessException or JsonException or ArgumentException)
        {
            // Not kept, or damaged (a missing or null field, a kind twice): made again with Plotly.NET, and kept anew.
            return null;
        }
    }

    /// <summary>
    /// Keeps the templates for the next build of this program; a folder that cannot be written keeps none.
    /// </summary>
    public void Keep(IReadOnlyDictionary<ChartTemplateKind, ChartTemplate> templates)
    {
        var kept = new KeptChartTemplates(
            templates.Select(t => new KeptChartTemplate(t.Key.Role, t.Key.Labelled, t.Value)).ToList());
        Load.KeptFiles.Write(
            folder,
            FilePath,
            stream => JsonSerializer.Serialize(stream, kept, ChartTemplateJson.Default.KeptChartTemplates),
            pattern: $"{Prefix}*.json",
            MostKept);
    }
}
