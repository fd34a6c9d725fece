using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;
using System.Text.Json;
using SurveySchema.Model.Json;

namespace SurveySchema.Model;

/// <summary>A model file that <see cref="ModelJson.WriteCanonicalFileAsync"/> wrote with this same build of the tool
/// (the model cache), held as its bytes with each table's found, so that the model can be made from it
/// (<see cref="ToModel"/>) taking, for every table whose bytes another model's table serialises to, that other
/// table instead of parsing its own.</summary>
/// <remarks>
/// <para>
/// A warm <c>diff</c> reads the project's model from the cache while it reads the target's catalogs, and an
/// unchanged project is nearly all equal to its target. At 5 000 tables parsing the cache's 46 MB took most of two
/// seconds of the two cores the catalog read needed too, and the parsed copy held a second model's worth of memory.
/// Equal canonical bytes are equal tables (the JSON is the model's one serialisation, read back to the same record),
/// so sharing the target's instance gives the model a full parse would, and the differ finds those tables equal at
/// once (a record's equality starts with a reference check).
/// </para>
/// <para>
/// Everything but the tables (the frame) is parsed by <see cref="Read"/>; the tables that are not shared are parsed
/// by <see cref="ToModel"/> in batches on every core, each worker with its own string pool. The model is taken in
/// the order it was written in, which is canonical. Not for files people give the tool: their order is not trusted.
/// </para>
/// </remarks>
public sealed class CanonicalModelFile
{
    /// <summary>Tables per batch of work: large enough that a batch is worth a thread hop.</summary>
    private const int BatchSize = 64;

    private readonly byte[] bytes;

    private readonly Range[] tables;

    private readonly DatabaseModel frame;

    /// <summary>Each table's bytes, to its position in the file.</summary>
    private readonly Dictionary<ReadOnlyMemory<byte>, int> positionOfBytes;

    private CanonicalModelFile(byte[] bytes, Range[] tables, DatabaseModel frame)
    {
        this.bytes = bytes;
        this.tables = tables;
        this.frame = frame;
        positionOfBytes = new Dictionary<ReadOnlyMemory<byte>, int>(tables.Length, ByteContentComparer.Instance);
        for (var position = 0; position < tables.Length; position++)
        {
            positionOfBytes.TryAdd(bytes.AsMemory(tables[position]), position);
        }
    }

    /// <summary>How many tables the file holds.</summary>
    public int TableCount => tables.Length;

    /// <summary>Reads the file, finds its tables and parses everything else.</summary>
    /// <exception cref="JsonException">The file is not a model's compact JSON.</exception>
    public static CanonicalModelFile Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var opening = TablesArray.Opening(bytes);
        var (tables, closing) = TablesArray.Items(bytes, opening);
        byte[] frameBytes = [.. bytes.AsSpan(0, opening + 1), .. bytes.AsSpan(closing)];
        var frame = JsonSerializer.Deserialize<DatabaseModel>(frameBytes, ModelJson.PooledReadOptions())
            ?? throw new JsonException("the model file holds null instead of a model");
        return new CanonicalModelFile(bytes, tables, frame);
    }

    /// <summary>The file's model, canonical, with the tables of <paramref name="sharingTablesOf"/> in place of those
    /// that serialise to the same bytes; <paramref name="shared"/> says how many did.</summary>
    /// <exception cref="JsonException">A table's JSON is not a table.</exception>
    public DatabaseModel ToModel(DatabaseModel? sharingTablesOf, out int shared)
    {
        var made = new Table?[tables.Length];
        shared = sharingTablesOf is null ? 0 : Share(sharingTablesOf.ToCanonical().Tables.Items, made);
        ParseUnshared(made);
        return CanonicalOrder.MarkOrdered(frame with { Tables = ImmutableCollectionsMarshal.AsImmutableArray(made)! });
    }

    /// <summary>Puts each of <paramref name="candidates"/> whose bytes are a table's of the file at that table's
    /// position; returns how many were.</summary>
    private int Share(ImmutableArray<Table> candidates, Table?[] made)
    {
        var count = 0;
        InBatches(
            candidates.Length,
            () => new ArrayBufferWriter<byte>(64 * 1024),
            (buffer, start, end) =>
            {
                using var writer = new TableJsonWriter(buffer, ModelJson.CompactOptions);
                var found = 0;
                for (var index = start; index < end; index++)
                {
                    buffer.ResetWrittenCount();
                    writer.Append(candidates[index]);
                    if (positionOfBytes.TryGetValue(buffer.WrittenMemory, out var position))
                    {
                        // Distinct tables have distinct bytes (their names differ), so no two workers write one slot.
                        made[position] = candidates[index];
                        found++;
                    }
                }

                Interlocked.Add(ref count, found);
            });
        return count;
    }

    private void ParseUnshared(Table?[] made) =>
        InBatches(
            tables.Length,
            ModelJson.PooledReadOptions,
            (options, start, end) =>
            {
                for (var position = start; position < end; position++)
                {
                    made[position] ??= JsonSerializer.Deserialize<Table>(bytes.AsSpan(tables[position]), options)
                        ?? throw new JsonException($"the model file holds null instead of table {position}");
                }
            });

    /// <summary>Runs <paramref name="work"/> on batches of <c>[0, count)</c> on every core, each worker with its own
    /// state; the first exception is thrown as itself rather than inside an <see cref="AggregateException"/>, so that
    /// a damaged file is a <see cref="JsonException"/> as for a read on one thread.</summary>
    private static void InBatches<TState>(int count, Func<TState> state, Action<TState, int, int> work)
    {
        if (count == 0)
        {
            return;
        }

        try
        {
            Parallel.ForEach(
                Partitioner.Create(0, count, BatchSize),
                state,
                (batch, _, local) =>
                {
                    work(local, batch.Item1, batch.Item2);
                    return local;
                },
                _ => { });
        }
        catch (AggregateException exception) when (exception.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Throw(exception.InnerExceptions[0]);
        }
    }

    /// <summary>Byte ranges equal by content.</summary>
    private sealed class ByteContentComparer : IEqualityComparer<ReadOnlyMemory<byte>>
    {
        public static ByteContentComparer Instance { get; } = new();

        public bool Equals(ReadOnlyMemory<byte> x, ReadOnlyMemory<byte> y) => x.Span.SequenceEqual(y.Span);

        public int GetHashCode(ReadOnlyMemory<byte> obj)
        {
            var hash = default(HashCode);
            hash.AddBytes(obj.Span);
            return hash.ToHashCode();
        }
    }
}
