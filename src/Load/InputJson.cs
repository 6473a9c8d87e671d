using System.Text.Json;
using System.Text.Json.Serialization;

namespace Site.Load;

/// <summary>
/// The JSON inputs' readers (site.json and the sidecars), generated at compile time: each reader had set a serializer
/// up by reflection, the sidecars' once per file. Strict as before: camelCase keys, and a key the reader does not know
/// is an error.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(SourceMeta))]
[JsonSerializable(typeof(AllocationMeta))]
[JsonSerializable(typeof(SiteSettingsRecord))]
internal sealed partial class InputJson : JsonSerializerContext
{
    private static JsonSerializerOptions? withComments;

    /// <summary>
    /// As <see cref="JsonSerializerContext.Options"/>, with comments allowed (site.json is edited by hand).
    /// </summary>
    public static JsonSerializerOptions WithComments =>
        withComments ??= new JsonSerializerOptions(Default.Options) { ReadCommentHandling = JsonCommentHandling.Skip };
}
