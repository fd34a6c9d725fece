using System.Buffers;
using System.Collections.Immutable;
using System.Text.Json;

namespace SurveySchema.Model.Json;

/// <summary>Writes a canonical model's compact JSON to a stream with its tables serialised in batches on every
/// core, in order, so that the bytes are those of one <see cref="JsonSerializer.Serialize{TValue}(Stream, TValue, JsonSerializerOptions?)"/>
/// call: the fingerprint hashes them (<see cref="ModelJson.WriteCanonical"/>).</summary>
/// <remarks>
/// At 5 000 tables the tables are nearly all of the document's 40 MB, and one serialiser call wrote them on one
/// core into a buffer of their own before any reached the stream (<see cref="EquatableArray{T}"/>'s converter
/// writes an array whole), so <c>inspect</c> spent most of a second after its catalog read on a single core with
/// the other idle. The document is written here as the model without its tables (its frame), cut where their array
/// opens, with each batch of tables written in between; compact JSON writes an array's items exactly as it writes
/// them alone, separated by commas, so the bytes are the same. At most one batch per core is held at a time.
/// </remarks>
internal static class TablesInBatches
{
    /// <summary>Tables per batch: large enough that a batch is worth a thread hop, small enough that the batches
    /// held at once stay a few megabytes.</summary>
    private const int BatchSize = 64;

    public static void Write(Stream destination, DatabaseModel canonical, JsonSerializerOptions options)
    {
        var frame = JsonSerializer.SerializeToUtf8Bytes(canonical with { Tables = [] }, JsonTypeInfoOf.For<DatabaseModel>(options));
        var opening = TablesArrayOpening(frame);
        destination.Write(frame.AsSpan(0, opening + 1));
        WriteTables(destination, canonical.Tables.Items, options);
        destination.Write(frame.AsSpan(opening + 1));
    }

    private static void WriteTables(Stream destination, ImmutableArray<Table> tables, JsonSerializerOptions options)
    {
        var workers = Environment.ProcessorCount;
        var buffers = new ArrayBufferWriter<byte>[workers];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = workers };
        for (var start = 0; start < tables.Length; start += BatchSize * workers)
        {
            var round = start;
            Parallel.For(0, workers, parallel, worker =>
            {
                var buffer = buffers[worker] ??= new ArrayBufferWriter<byte>(256 * 1024);
                buffer.ResetWrittenCount();
                var first = round + (worker * BatchSize);
                var end = Math.Min(first + BatchSize, tables.Length);
                using var writer = new ItemJsonWriter(buffer, options);
                for (var index = first; index < end; index++)
                {
                    if (index > 0)
                    {
                        buffer.Write(","u8);
                    }

                    writer.Append(tables[index]);
                }
            });

            foreach (var buffer in buffers)
            {
                destination.Write(buffer.WrittenSpan);
            }
        }
    }

    /// <summary>Where the top-level <c>"tables"</c> array opens in <paramref name="frame"/>: found by reading the
    /// JSON, not by searching its text, so a string or a nested property that looks the same cannot be taken for it.</summary>
    private static int TablesArrayOpening(ReadOnlySpan<byte> frame)
    {
        var reader = new Utf8JsonReader(frame);
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

        throw new InvalidOperationException("the model's JSON has no top-level \"tables\" array");
    }
}
