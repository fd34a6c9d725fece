using System.Text.Json;

namespace SurveySchema.Model.Json;

/// <summary>Where a model document's top-level <c>"tables"</c> array opens in the document's compact
/// JSON: found by reading the JSON, not by searching its text, so that a string or a nested property that looks the
/// same cannot be taken for it.</summary>
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
}
