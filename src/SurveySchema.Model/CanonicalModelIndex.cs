using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SurveySchema.Model.Json;

namespace SurveySchema.Model;

/// <summary>Where each item of a model file's top-level arrays (its tables, its dependencies…) lies, and the SHA-256
/// of its bytes: what lets <see cref="CanonicalModelFile"/> make the model taking another model's equal items without
/// reading or parsing their bytes. Kept beside the file in the model cache.</summary>
/// <remarks>
/// Binary, because nothing but the tool reads it: a header, the document's length, then per array its name, the
/// offsets of its <c>[</c> and <c>]</c> and per item its offset, length and hash; last, the SHA-256 of all that,
/// so that a damaged index is refused (<see cref="InvalidDataException"/>) rather than misread. Numbers are
/// little-endian.
/// </remarks>
public sealed class CanonicalModelIndex
{
    private static readonly byte[] Header = "surveyschema-model-index/1\n"u8.ToArray();

    private CanonicalModelIndex(long documentLength, ImmutableArray<IndexedSection> sections)
    {
        DocumentLength = documentLength;
        Sections = sections;
    }

    /// <summary>The length in bytes of the document indexed.</summary>
    public long DocumentLength { get; }

    /// <summary>The arrays found, in document order.</summary>
    internal ImmutableArray<IndexedSection> Sections { get; }

    /// <summary>The index of <paramref name="document"/>, a model's compact JSON; items are hashed on every core.</summary>
    /// <exception cref="JsonException"><paramref name="document"/> is not a JSON object.</exception>
    public static CanonicalModelIndex Of(ReadOnlyMemory<byte> document)
    {
        var located = Locate(document.Span);
        var sections = ImmutableArray.CreateBuilder<IndexedSection>(located.Count);
        foreach (var (section, opening, closing, ranges) in located)
        {
            var items = new IndexedItem[ranges.Count];
            InBatches.Run(items.Length, () => 0, (_, first, end) =>
            {
                for (var index = first; index < end; index++)
                {
                    var (start, length) = ranges[index];
                    items[index] = new IndexedItem(start, length, ItemHash.Of(document.Span.Slice(checked((int)start), length)));
                }
            });
            sections.Add(new IndexedSection(section, opening, closing, [.. items]));
        }

        return new CanonicalModelIndex(document.Length, sections.MoveToImmutable());
    }

    /// <summary>The index as bytes, for <see cref="Read"/>.</summary>
    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Header);
            writer.Write(DocumentLength);
            writer.Write(Sections.Length);
            Span<byte> hash = stackalloc byte[ItemHash.Length];
            foreach (var section in Sections)
            {
                writer.Write(section.Kind.Name);
                writer.Write(section.Opening);
                writer.Write(section.Closing);
                writer.Write(section.Items.Length);
                foreach (var item in section.Items)
                {
                    writer.Write(item.Start);
                    writer.Write(item.Length);
                    item.Hash.Write(hash);
                    writer.Write(hash);
                }
            }
        }

        stream.Write(SHA256.HashData(stream.GetBuffer().AsSpan(0, (int)stream.Length)));
        return stream.ToArray();
    }

    /// <summary>Reads what <see cref="ToBytes"/> wrote.</summary>
    /// <exception cref="InvalidDataException">The bytes are not an index of this format, or are damaged.</exception>
    public static CanonicalModelIndex Read(byte[] bytes)
    {
        if (bytes.Length < Header.Length + SHA256.HashSizeInBytes || !bytes.AsSpan().StartsWith(Header)
            || !SHA256.HashData(bytes.AsSpan(0, bytes.Length - SHA256.HashSizeInBytes)).AsSpan().SequenceEqual(bytes.AsSpan(bytes.Length - SHA256.HashSizeInBytes)))
        {
            throw new InvalidDataException("the model index is not one this tool wrote, or is damaged");
        }

        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, Header.Length, bytes.Length - Header.Length - SHA256.HashSizeInBytes), Encoding.UTF8);
            var documentLength = reader.ReadInt64();
            var count = reader.ReadInt32();
            var sections = ImmutableArray.CreateBuilder<IndexedSection>();
            var previousEnd = 0L;
            Span<byte> hash = stackalloc byte[ItemHash.Length];
            for (var s = 0; s < count; s++)
            {
                var name = reader.ReadString();
                var kind = ModelSection.All.SingleOrDefault(k => k.Name == name)
                    ?? throw new InvalidDataException($"the model index names an array \"{name}\" the model does not have");
                var opening = reader.ReadInt64();
                var closing = reader.ReadInt64();
                var items = new IndexedItem[reader.ReadInt32()];
                var end = opening + 1;
                for (var i = 0; i < items.Length; i++)
                {
                    var start = reader.ReadInt64();
                    var length = reader.ReadInt32();
                    reader.BaseStream.ReadExactly(hash);
                    // Items follow one another, a comma apart, inside their array.
                    if (start < end || length <= 0 || start + length > closing)
                    {
                        throw new InvalidDataException($"the model index places an item of \"{name}\" outside its array");
                    }

                    items[i] = new IndexedItem(start, length, ItemHash.Read(hash));
                    end = start + length;
                }

                if (opening < previousEnd || closing < end || closing >= documentLength)
                {
                    throw new InvalidDataException($"the model index places \"{name}\" outside the document");
                }

                previousEnd = closing + 1;
                sections.Add(new IndexedSection(kind, opening, closing, [.. items]));
            }

            if (reader.BaseStream.Position != reader.BaseStream.Length)
            {
                throw new InvalidDataException("the model index has bytes after its last array");
            }

            return new CanonicalModelIndex(documentLength, sections.ToImmutable());
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException("the model index ends early");
        }
    }

    /// <summary>The top-level arrays <see cref="ModelSection.All"/> lists, found by reading the JSON (not by searching
    /// its text, so that a string that looks the same cannot be taken for one), each with its items' ranges.</summary>
    private static List<(ModelSection Section, long Opening, long Closing, List<(long Start, int Length)> Items)> Locate(ReadOnlySpan<byte> document)
    {
        var found = new List<(ModelSection, long, long, List<(long, int)>)>();
        var reader = new Utf8JsonReader(document);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("the model file does not hold a JSON object");
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            ModelSection? section = null;
            foreach (var candidate in ModelSection.All)
            {
                if (reader.ValueTextEquals(candidate.Name))
                {
                    section = candidate;
                    break;
                }
            }

            reader.Read();
            if (section is null || reader.TokenType != JsonTokenType.StartArray)
            {
                reader.Skip();
                continue;
            }

            var opening = reader.TokenStartIndex;
            var items = new List<(long, int)>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var start = reader.TokenStartIndex;
                reader.Skip();
                items.Add((start, checked((int)(reader.BytesConsumed - start))));
            }

            found.Add((section, opening, reader.TokenStartIndex, items));
        }

        return found;
    }
}

/// <summary>One top-level array of an indexed model file.</summary>
internal sealed record IndexedSection(ModelSection Kind, long Opening, long Closing, ImmutableArray<IndexedItem> Items);

/// <summary>One item of an indexed array: where its bytes lie and their hash.</summary>
internal readonly record struct IndexedItem(long Start, int Length, ItemHash Hash);
