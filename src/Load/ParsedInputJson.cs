using System.Text.Json.Serialization;

namespace Site.Load;

/// <summary>
/// The JSON of <see cref="ParsedInputStore"/>'s files, its reader and writer generated at compile time, so that a build
/// that finds a kept read sets up no serializer by reflection.
/// </summary>
[JsonSerializable(typeof(CachedOfficialReport))]
internal sealed partial class ParsedInputJson : JsonSerializerContext;
