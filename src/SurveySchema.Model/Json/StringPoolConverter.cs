using System.Text.Json;
using System.Text.Json.Serialization;

namespace SurveySchema.Model.Json;

/// <summary>Reads JSON strings so that equal ones become one <see cref="string"/> instance: a model repeats the
/// same few strings (schema and type names, <c>public</c>, collations, defaults, comments) hundreds of thousands
/// of times, and at 5 000 tables their copies were a large part of a cached model's memory.</summary>
/// <remarks>For reading only (<see cref="CanonicalModelFile"/>); writing goes through the standard
/// converter, so the bytes written do not depend on it. Not thread-safe: one instance serves one read, or one worker of a read. Long
/// strings (view and function bodies) are rarely repeated and are read as they are, unpooled.</remarks>
internal sealed class StringPoolConverter : JsonConverter<string>
{
    /// <summary>Longer values are not looked up: they are seldom equal, and hashing them would cost more than it saves.</summary>
    private const int MaxPooledLength = 256;

    private readonly HashSet<string> pool = new(StringComparer.Ordinal);

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public StringPoolConverter() => lookup = pool.GetAlternateLookup<ReadOnlySpan<char>>();

    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"expected a string, found {reader.TokenType}");
        }

        // A string's UTF-8 (or escaped) length bounds its length in UTF-16 characters.
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > MaxPooledLength)
        {
            return reader.GetString()!;
        }

        Span<char> buffer = stackalloc char[MaxPooledLength];
        var value = buffer[..reader.CopyString(buffer)];
        if (lookup.TryGetValue(value, out var pooled))
        {
            return pooled;
        }

        var added = value.ToString();
        pool.Add(added);
        return added;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value);
}
