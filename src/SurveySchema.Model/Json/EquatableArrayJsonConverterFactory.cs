using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SurveySchema.Model.Json;

/// <summary>Reads and writes <see cref="EquatableArray{T}"/> as a plain JSON array.</summary>
internal sealed class EquatableArrayJsonConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(EquatableArray<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(
            typeof(EquatableArrayJsonConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;

    private sealed class EquatableArrayJsonConverter<T> : JsonConverter<EquatableArray<T>>
    {
        // JSON null reads as the default array, which EquatableArray treats as empty.
        public override EquatableArray<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Null
                ? default
                : new(JsonSerializer.Deserialize(ref reader, JsonTypeInfoOf.For<ImmutableArray<T>>(options)));

        public override void Write(Utf8JsonWriter writer, EquatableArray<T> value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value.Items, JsonTypeInfoOf.For<ImmutableArray<T>>(options));
    }
}
