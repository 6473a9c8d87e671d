using Newtonsoft.Json;

namespace Site.Render;

/// <summary>
/// Writes Plotly.NET's objects (DynamicObj's: a trace, its marker, its line) as Newtonsoft writes them by default, by
/// their dynamic members in their order, null members left out as the settings say, without the C# runtime binder
/// Newtonsoft reads each member through: that binder compiles code at run time, which the natively compiled program
/// (Site.csproj, SiteAot) cannot do. ChartTracesTests holds both ways' JSON equal.
/// </summary>
internal sealed class DynamicObjJsonConverter : JsonConverter
{
    public override bool CanRead => false;

    public override bool CanConvert(Type objectType) => typeof(DynamicObj.DynamicObj).IsAssignableFrom(objectType);

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        var members = (DynamicObj.DynamicObj)value!;
        writer.WriteStartObject();
        foreach (var name in members.GetDynamicMemberNames())
        {
            if (members.TryGetPropertyValue(name) is not { } found)
            {
                continue;
            }

            if (found.Value is null && serializer.NullValueHandling == NullValueHandling.Ignore)
            {
                continue;
            }

            writer.WritePropertyName(name);
            serializer.Serialize(writer, found.Value);
        }

        writer.WriteEndObject();
    }

    public override object ReadJson(
        JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer) =>
        throw new NotSupportedException("Plotly.NET's objects are only written.");
}
