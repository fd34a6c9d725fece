using System.Text.Json;

namespace SurveySchema.Model.Json;

/// <summary>Where a model document's top-level <c>"tables"</c> array and its items lie in the document's compact
/// JSON: found by reading the JSON, not by searching its text, so that a string or a nested property that looks the
/// same cannot be taken for them.</summary>
internal static class TablesArray
{
    /// <summary>The offset of the array's <c>[</c>.</summary>
    /// <exception cref="JsonException">The document is not JSON or has no top-level <c>"tables"</c> array.</exception>
    public static int Opening(ReadOnlySpan<byte> document)
    {
        var reader = new Utf8JsonReader(document);
        while (reader.Read())
        {
            if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("tables"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.StartArray)
                {
                    return checked((int)reader.TokenStartIndex);
                }
            }
            else if (reader.CurrentDepth == 1 && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                reader.Skip();
            }
        }

        throw new JsonException("the model's JSON has no top-level \"tables\" array");
    }

    /// <summary>The byte range of each item of the array opening at <paramref name="opening"/> (<see cref="Opening"/>),
    /// in order, and the offset of its <c>]</c>.</summary>
    /// <exception cref="JsonException">The array is not well-formed JSON, or holds something else than objects.</exception>
    public static (Range[] Items, int Closing) Items(ReadOnlySpan<byte> document, int opening)
    {
        // The array read as a value of its own: reading stops at its end, before whatever follows it.
        var reader = new Utf8JsonReader(document[opening..]);
        reader.Read();
        var items = new List<Range>();
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    var start = opening + checked((int)reader.TokenStartIndex);
                    reader.Skip();
                    items.Add(start..(opening + checked((int)reader.BytesConsumed)));
                    break;
                case JsonTokenType.EndArray:
                    return ([.. items], opening + checked((int)reader.TokenStartIndex));
                default:
                    throw new JsonException($"the model's \"tables\" array holds a {reader.TokenType} where a table belongs");
            }
        }

        throw new JsonException("the model's \"tables\" array does not end");
    }
}
