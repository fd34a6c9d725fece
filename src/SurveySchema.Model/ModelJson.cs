using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using SurveySchema.Model.Json;

namespace SurveySchema.Model;

/// <summary>The model's one serialisation: JSON with properties in declaration order (System.Text.Json's
/// documented default), camelCase names, kebab-case enum values, nulls left out, collections in canonical
/// order. <see cref="SerializeCanonical"/> is the compact form the fingerprint hashes; <see cref="Serialize"/>
/// is the same document indented for people, with <c>\n</c> line ends on every platform.</summary>
public static class ModelJson
{
    private static readonly JsonSerializerOptions Compact = CreateOptions(indented: false);

    /// <summary>The options of the compact form, for the writers and readers beside this class.</summary>
    internal static JsonSerializerOptions CompactOptions => Compact;
    private static readonly JsonSerializerOptions Indented = CreateOptions(indented: true);

    /// <summary>Indented JSON for files people read; ends with a line break.</summary>
    public static string Serialize(DatabaseModel model) =>
        JsonSerializer.Serialize(model.ToCanonical(), JsonTypeInfoOf.For<DatabaseModel>(Indented)) + "\n";

    /// <summary>Compact UTF-8 JSON: the canonical bytes.</summary>
    public static byte[] SerializeCanonical(DatabaseModel model) =>
        JsonSerializer.SerializeToUtf8Bytes(model.ToCanonical(), JsonTypeInfoOf.For<DatabaseModel>(Compact));

    /// <summary>Writes <see cref="SerializeCanonical"/>'s bytes to <paramref name="destination"/>, for a reader that
    /// needs them once (the fingerprint hashes them) and has no use for an array of its own.</summary>
    /// <remarks>The tables, nearly all of a large model's bytes, are serialised in batches on every core
    /// (<see cref="TablesInBatches"/>): the same bytes, in less time, without the whole array in one buffer.</remarks>
    internal static void WriteCanonical(Stream destination, DatabaseModel model) =>
        TablesInBatches.Write(destination, model.ToCanonical(), Compact);

    /// <summary>Reads either form back, in canonical order; unknown properties are an error, so a model
    /// file from another version of the tool is not silently misread.</summary>
    public static DatabaseModel Deserialize(string json)
    {
        var model = JsonSerializer.Deserialize(json, JsonTypeInfoOf.For<DatabaseModel>(Compact))
            ?? throw new JsonException("the model file holds null instead of a model");
        return model.ToCanonical();
    }

    /// <summary>Reads a model file written by <see cref="Serialize"/> or <see cref="SerializeCanonical"/>,
    /// streamed from the file: the text is never held whole beside the model it becomes (at 5 000 tables a
    /// 60 MB file would be 120 MB as a string).</summary>
    public static async Task<DatabaseModel> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan | FileOptions.Asynchronous);
        var model = await JsonSerializer.DeserializeAsync(stream, JsonTypeInfoOf.For<DatabaseModel>(Compact), cancellationToken)
            ?? throw new JsonException("the model file holds null instead of a model");
        return model.ToCanonical();
    }

    /// <summary>The compact options plus a string pool of their own (<see cref="StringPoolConverter"/>): one per
    /// read (or per worker of one), so that the pool lives as long as the read and no longer, and threads share nothing.</summary>
    internal static JsonSerializerOptions PooledReadOptions()
    {
        var options = new JsonSerializerOptions(Compact);
        options.Converters.Add(new StringPoolConverter());
        options.MakeReadOnly();
        return options;
    }

    /// <summary>Writes <see cref="Serialize"/>'s text as UTF-8 without byte order mark, creating the folder;
    /// streamed, so the text is never held whole (at 5 000 tables a 60 MB file was a 120 MB string beside its
    /// UTF-8 bytes, most of <c>inspect --out</c>'s peak memory). The bytes are the same: the serialiser writes
    /// UTF-8 either way, and <see cref="Serialize"/> only decodes it into a string.</summary>
    public static async Task WriteFileAsync(string path, DatabaseModel model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        await using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous);
        await JsonSerializer.SerializeAsync(stream, model.ToCanonical(), JsonTypeInfoOf.For<DatabaseModel>(Indented), cancellationToken);
        await stream.WriteAsync("\n"u8.ToArray(), cancellationToken);
    }

    private static JsonSerializerOptions CreateOptions(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            WriteIndented = indented,
            IndentSize = 2,
            NewLine = "\n",
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // Definitions are full of <, > and quotes; escaping them would only make the file harder to read.
            // The output is a model file, never embedded in HTML.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            // Build-time metadata only (Json/ModelJsonContext): a type it does not list is an error, not a silent
            // fall back to reflection, which a trimmed build does not have.
            TypeInfoResolver = ModelJsonContext.Default,
        };
        foreach (var converter in ModelJsonConverters.All())
        {
            options.Converters.Add(converter);
        }

        options.MakeReadOnly();
        return options;
    }
}
