using System.Buffers;
using System.Text.Json;
using Microsoft.Win32.SafeHandles;
using SurveySchema.Model.Json;

namespace SurveySchema.Model;

/// <summary>A model file that <see cref="WriteAsync"/> wrote with this same build of the tool (the model cache), opened with its
/// <see cref="CanonicalModelIndex"/>, so that the model can be made from it (<see cref="ToModel"/>) taking, for every
/// item of its arrays whose bytes another model's item serialises to, that other item instead of parsing its own.</summary>
/// <remarks>
/// <para>
/// A warm <c>diff</c> reads the project's model from the cache while it reads the target's catalogs, and an
/// unchanged project is nearly all equal to its target. At 5 000 tables parsing the cache's 46 MB took most of two
/// seconds of the two cores the catalog read needed too, and the parsed copy held a second model's worth of memory.
/// Equal canonical bytes are equal items (the JSON is the model's one serialisation, read back to the same record),
/// so sharing the target's instances gives the model a full parse would, and the differ finds those items equal at
/// once (a record's equality starts with a reference check). The bytes of shared items are never read.
/// </para>
/// <para>
/// <see cref="Open"/> reads and parses what lies outside the indexed arrays (the frame) and the small arrays, whose
/// items are not worth sharing (<see cref="ModelSection.Shared"/>: schemas, extensions, roles…); <see cref="ToModel"/> reads and
/// parses the items not shared. Both parse in batches on every core, each worker with its own string pool. The model is
/// taken in the order it was written in, which is canonical. Not for files people give the tool: their order is not
/// trusted. The file stays open until disposed, so that an entry rewritten meanwhile cannot be read half old, half new.
/// </para>
/// </remarks>
public sealed class CanonicalModelFile : IDisposable
{
    private readonly SafeFileHandle file;

    private readonly CanonicalModelIndex index;

    private readonly DatabaseModel frame;

    /// <summary>Per indexed array whose items are shared (<see cref="ModelSection.Shared"/>), each item's hash to its
    /// position; empty for the others.</summary>
    private readonly Dictionary<ItemHash, int>[] positions;

    /// <summary>Per indexed array whose items are not shared, its items, parsed by <see cref="Open"/>; null for the others.</summary>
    private readonly object?[]?[] parsedEarly;

    private CanonicalModelFile(SafeFileHandle file, CanonicalModelIndex index, DatabaseModel frame)
    {
        this.file = file;
        this.index = index;
        this.frame = frame;
        parsedEarly = new object?[]?[index.Sections.Length];
        positions = [.. index.Sections.Select(section =>
        {
            var byHash = new Dictionary<ItemHash, int>(section.Kind.Shared ? section.Items.Length : 0);
            if (!section.Kind.Shared)
            {
                return byHash;
            }

            for (var position = 0; position < section.Items.Length; position++)
            {
                byHash.TryAdd(section.Items[position].Hash, position);
            }

            return byHash;
        })];
    }

    /// <summary>How many items the indexed arrays hold.</summary>
    public int ItemCount => index.Sections.Sum(section => section.Items.Length);

    /// <summary>Writes <paramref name="model"/>'s compact canonical JSON (<see cref="ModelJson.SerializeCanonical"/>) to
    /// <paramref name="path"/> and returns its index, for <see cref="Open"/>.</summary>
    public static async Task<CanonicalModelIndex> WriteAsync(string path, DatabaseModel model, CancellationToken cancellationToken = default)
    {
        var bytes = ModelJson.SerializeCanonical(model);
        await File.WriteAllBytesAsync(path, bytes, cancellationToken).ConfigureAwait(false);
        return CanonicalModelIndex.Of(bytes);
    }

    /// <summary>Opens the file <paramref name="index"/> describes and parses its frame.</summary>
    /// <exception cref="InvalidDataException">The file is not the length the index says.</exception>
    /// <exception cref="JsonException">The frame is not a model's JSON.</exception>
    public static CanonicalModelFile Open(string path, CanonicalModelIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, FileOptions.RandomAccess);
        try
        {
            if (RandomAccess.GetLength(file) != index.DocumentLength)
            {
                throw new InvalidDataException("the model file is not the one its index describes");
            }

            // The document with every indexed array emptied: up to and with each '[', from each ']' on.
            var frameBytes = new ArrayBufferWriter<byte>(4096);
            var from = 0L;
            foreach (var section in index.Sections)
            {
                Append(file, frameBytes, from, section.Opening + 1);
                from = section.Closing;
            }

            Append(file, frameBytes, from, index.DocumentLength);
            var frame = JsonSerializer.Deserialize(frameBytes.WrittenSpan, JsonTypeInfoOf.For<DatabaseModel>(ModelJson.PooledReadOptions()))
                ?? throw new JsonException("the model file holds null instead of a model");
            var opened = new CanonicalModelFile(file, index, frame);
            for (var s = 0; s < index.Sections.Length; s++)
            {
                if (!index.Sections[s].Kind.Shared)
                {
                    var slots = new object?[index.Sections[s].Items.Length];
                    opened.ParseUnshared(s, slots);
                    opened.parsedEarly[s] = slots;
                }
            }

            return opened;
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>The file's model, canonical, with the items of <paramref name="sharingItemsOf"/> in place of those that
    /// serialise to the same bytes; <paramref name="shared"/> says how many were.</summary>
    /// <exception cref="JsonException">An item's JSON is not such an item.</exception>
    /// <exception cref="IOException">The file cannot be read, or ends early.</exception>
    public DatabaseModel ToModel(DatabaseModel? sharingItemsOf, out int shared)
    {
        var sections = index.Sections;
        var slots = sections.Select((section, s) => parsedEarly[s] ?? new object?[section.Items.Length]).ToArray();
        var canonical = sharingItemsOf?.ToCanonical();
        shared = 0;
        for (var s = 0; s < sections.Length; s++)
        {
            if (parsedEarly[s] is not null)
            {
                continue;
            }

            if (canonical is not null)
            {
                Share(s, canonical, slots[s]);
                shared += slots[s].Count(item => item is not null);
            }

            ParseUnshared(s, slots[s]);
        }

        var model = frame;
        for (var s = 0; s < sections.Length; s++)
        {
            model = sections[s].Kind.With(model, slots[s]!);
        }

        return CanonicalOrder.MarkOrdered(model);
    }

    public void Dispose() => file.Dispose();

    /// <summary>Puts each of the section's items in <paramref name="model"/> whose bytes hash as one of the file's at
    /// that item's position.</summary>
    private void Share(int section, DatabaseModel model, object?[] slots)
    {
        var kind = index.Sections[section].Kind;
        var candidates = kind.ItemsOf(model);
        InBatches.Run(candidates.Count, () => new Serialiser(), (serialiser, start, end) =>
        {
            for (var candidate = start; candidate < end; candidate++)
            {
                if (positions[section].TryGetValue(serialiser.HashOf(kind, candidates[candidate]), out var position))
                {
                    // Equal bytes are equal items, so two workers writing one slot write equal items.
                    slots[position] = candidates[candidate];
                }
            }
        });
    }

    private void ParseUnshared(int section, object?[] slots)
    {
        var (kind, items) = (index.Sections[section].Kind, index.Sections[section].Items);
        InBatches.Run(items.Length, () => new Parser(), (parser, start, end) =>
        {
            // Read once, from the batch's first unshared item to its last: items follow one another in the file.
            var first = Array.FindIndex(slots, start, end - start, slot => slot is null);
            if (first < 0)
            {
                return;
            }

            var last = Array.FindLastIndex(slots, end - 1, end - first, slot => slot is null);
            var from = items[first].Start;
            var bytes = parser.ReadAsArray(file, from, checked((int)(items[last].Start + items[last].Length - from)));
            if (Array.FindIndex(slots, first, last + 1 - first, slot => slot is not null) < 0)
            {
                // Nothing shared in between: the items, a comma apart, parsed as one array in one serialiser call.
                kind.ParseMany(bytes, parser.Options, slots.AsSpan(first, last + 1 - first));
                return;
            }

            for (var position = first; position <= last; position++)
            {
                if (slots[position] is null)
                {
                    var item = items[position];
                    // Past the '[' the read put before the first item.
                    slots[position] = kind.Parse(bytes.Slice((int)(item.Start - from) + 1, item.Length), parser.Options);
                }
            }
        });
    }

    private static void Append(SafeFileHandle file, ArrayBufferWriter<byte> destination, long from, long to)
    {
        var length = checked((int)(to - from));
        ReadExactly(file, destination.GetSpan(length)[..length], from);
        destination.Advance(length);
    }

    private static void ReadExactly(SafeFileHandle file, Span<byte> destination, long offset)
    {
        while (!destination.IsEmpty)
        {
            var read = RandomAccess.Read(file, destination, offset);
            if (read == 0)
            {
                throw new EndOfStreamException("the model file ends before its index says");
            }

            destination = destination[read..];
            offset += read;
        }
    }

    /// <summary>A worker's buffer and writer, to hash candidates' bytes.</summary>
    private sealed class Serialiser : IDisposable
    {
        private readonly ArrayBufferWriter<byte> buffer = new(64 * 1024);

        private readonly ItemJsonWriter writer;

        public Serialiser() => writer = new ItemJsonWriter(buffer, ModelJson.CompactOptions);

        public ItemHash HashOf(ModelSection kind, object item)
        {
            buffer.ResetWrittenCount();
            kind.Write(writer, item);
            return ItemHash.Of(buffer.WrittenSpan);
        }

        public void Dispose() => writer.Dispose();
    }

    /// <summary>A worker's read buffer and string pool.</summary>
    private sealed class Parser
    {
        private byte[] buffer = [];

        public JsonSerializerOptions Options { get; } = ModelJson.PooledReadOptions();

        /// <summary>The file's bytes from <paramref name="offset"/> on, between '[' and ']'.</summary>
        public ReadOnlySpan<byte> ReadAsArray(SafeFileHandle file, long offset, int length)
        {
            if (buffer.Length < length + 2)
            {
                buffer = new byte[Math.Max(length + 2, 2 * buffer.Length)];
            }

            buffer[0] = (byte)'[';
            ReadExactly(file, buffer.AsSpan(1, length), offset);
            buffer[length + 1] = (byte)']';
            return buffer.AsSpan(0, length + 2);
        }
    }
}
