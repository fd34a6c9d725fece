using System.Buffers;
using System.Text.Json;

namespace SurveySchema.Model.Json;

/// <summary>Appends tables' compact JSON to a buffer, each exactly as the serialiser writes it as an item of the
/// model's <c>tables</c> array: compact JSON writes an array's items as it writes them alone. Both the batched
/// fingerprint (<see cref="TablesInBatches"/>) and the cached model's table sharing (<see cref="CanonicalModelFile"/>)
/// rely on that equality, so they write through this one class.</summary>
/// <remarks>Not thread-safe: one per worker.</remarks>
internal sealed class TableJsonWriter : IDisposable
{
    private readonly JsonSerializerOptions options;

    private readonly Utf8JsonWriter writer;

    public TableJsonWriter(IBufferWriter<byte> buffer, JsonSerializerOptions options)
    {
        this.options = options;
        writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = options.Encoder, SkipValidation = true });
    }

    public void Append(Table table)
    {
        JsonSerializer.Serialize(writer, table, options);
        writer.Flush();
        // Each table is a value of its own, so the writer starts afresh (same buffer) after each one.
        writer.Reset();
    }

    public void Dispose() => writer.Dispose();
}
