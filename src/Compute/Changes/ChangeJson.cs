using System.Text.Json;
using System.Text.Json.Serialization;
using Site.Model;

namespace Site.Compute.Changes;

/// <summary>
/// manifest.json's and changes.json's readers and writers, generated at compile time. Made by reflection, they were set
/// up on every build, and their member accessors emitted and compiled just in time: ~40 ms of Stockholm's CPU beside
/// the analysis. The files are the same (camelCase keys, indented).
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(Manifest))]
[JsonSerializable(typeof(ChangeSet))]
internal sealed partial class ChangeJson : JsonSerializerContext
{
}
