using System.Text.Json.Serialization;

namespace Site.Render;

/// <summary>
/// The JSON of <see cref="ChartTemplateStore"/>'s file, its reader and writer generated at compile time, so that a
/// build that finds kept templates sets up no serializer by reflection.
/// </summary>
[JsonSourceGenerationOptions(
    UseStringEnumConverter = true, RespectRequiredConstructorParameters = true, RespectNullableAnnotations = true)]
[JsonSerializable(typeof(KeptChartTemplates))]
internal sealed partial class ChartTemplateJson : JsonSerializerContext;
