using System.Buffers;
using System.Text.Json;

namespace SurveySchema.Model.Json;

/// <summary>Appends items of the model's arrays to a buffer as compact JSON, each exactly as the serialiser writes it
/// inside the model's document: compact JSON writes an array's items as it writes them alone. The batched fingerprint
/// (<see cref="TablesInBatches"/>) and the cache's item sharing (<see cref="CanonicalModelIndex"/>) rely on that
/// equality, so both write through this one class.</summary>
/// <remarks>Not thread-safe: one per worker.</remarks>
internal sealed class ItemJsonWriter : IDisposable
{
    private readonly JsonSerializerOptions options;

    private readonly Utf8JsonWriter writer;

    public ItemJsonWriter(IBufferWriter<byte> buffer, JsonSerializerOptions options)
    {
        this.options = options;
        writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = options.Encoder, SkipValidation = true });
    }

    public void Append<T>(T item)
    {
        JsonSerializer.Serialize(writer, item, JsonTypeInfoOf.For<T>(options));
        writer.Flush();
        // Each item is a value of its own, so the writer starts afresh (same buffer) after each one.
        writer.Reset();
    }

    public void Dispose() => writer.Dispose();
}
