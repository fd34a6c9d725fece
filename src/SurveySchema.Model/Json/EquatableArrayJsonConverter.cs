using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SurveySchema.Model.Json;

/// <summary>Reads and writes <see cref="EquatableArray{T}"/> as a plain JSON array.</summary>
/// <remarks>One instance per element type, listed in <see cref="ModelJsonConverters"/>: a factory would have to close
/// the generic type at run time, which a natively compiled build cannot.</remarks>
internal sealed class EquatableArrayJsonConverter<T> : JsonConverter<EquatableArray<T>>
{
    // JSON null reads as the default array, which EquatableArray treats as empty.
    public override EquatableArray<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null
            ? default
            : new(JsonSerializer.Deserialize(ref reader, JsonTypeInfoOf.For<ImmutableArray<T>>(options)));

    public override void Write(Utf8JsonWriter writer, EquatableArray<T> value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value.Items, JsonTypeInfoOf.For<ImmutableArray<T>>(options));
}
