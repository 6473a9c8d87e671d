using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Site.Compute.Changes;
using Site.Model;

namespace Site.Render;

/// <summary>manifest.json and changes.json, kept with the site: what was published, and what changed since the build
/// before.</summary>
public static class ChangeFiles
{
    public const string ManifestFile = "manifest.json";
    public const string ChangesFile = "changes.json";

    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = ChangeJson.Default,
    };

    public static byte[] Serialize<T>(T value) => JsonFile.Bytes(value, Options);

    /// <summary>manifest.json, kept in chunks: 30 MB for a national site.</summary>
    public static ChunkedBytes ManifestBytes(Manifest manifest) => JsonFile.Chunks(manifest, Options);

    /// <summary>manifest.json written to a stream, the same bytes as <see cref="ManifestBytes"/>.</summary>
    public static void WriteManifest(Stream stream, Manifest manifest) => JsonFile.Write(stream, manifest, Options);
}
