using System.Text.Json;

namespace SurveySchema.Model.Json;

/// <summary>One of the model's top-level arrays (its tables, its dependencies…) seen item by item: what the model
/// cache indexes (<see cref="CanonicalModelIndex"/>) so that a model read back can take another model's equal items
/// instead of parsing its own.</summary>
internal abstract class ModelSection
{
    protected ModelSection(string name, bool shared)
    {
        Name = name;
        Shared = shared;
    }

    /// <summary>The array's property name in the model's JSON.</summary>
    public string Name { get; }

    /// <summary>True when another model's equal items are worth taking instead of parsing the file's. The small
    /// arrays (schemas, extensions, roles…) are not: they are parsed when the file is opened. The dependencies are,
    /// though each is only a pair of names: parsed while the target was read, at 5 000 tables their 55 000 pairs (and
    /// 110 000 names) were alive when the target's model was built, the read's peak, and their parse competed with it
    /// for the two cores; hashing the target's instead cut a warm diff from 2.71 to 2.48 s, 2.26 to 1.95 s of CPU and
    /// 194 to 183 MB (median of 5, side by side).</summary>
    public bool Shared { get; }

    /// <summary>The model's arrays, in the order the model declares them (and the serialiser writes them). An array
    /// not listed here stays in the frame: read whole, never shared, still correct.</summary>
    public static IReadOnlyList<ModelSection> All { get; } =
    [
        new Of<Schema>("schemas", false, m => m.Schemas, (m, items) => m with { Schemas = items }),
        new Of<Extension>("extensions", false, m => m.Extensions, (m, items) => m with { Extensions = items }),
        new Of<UserDefinedType>("types", true, m => m.Types, (m, items) => m with { Types = items }),
        new Of<Sequence>("sequences", true, m => m.Sequences, (m, items) => m with { Sequences = items }),
        new Of<Table>("tables", true, m => m.Tables, (m, items) => m with { Tables = items }),
        new Of<View>("views", true, m => m.Views, (m, items) => m with { Views = items }),
        new Of<Function>("functions", true, m => m.Functions, (m, items) => m with { Functions = items }),
        new Of<Aggregate>("aggregates", true, m => m.Aggregates, (m, items) => m with { Aggregates = items }),
        new Of<Collation>("collations", false, m => m.Collations, (m, items) => m with { Collations = items }),
        new Of<Role>("roles", false, m => m.Roles, (m, items) => m with { Roles = items }),
        new Of<DefaultPrivilege>("defaultPrivileges", false, m => m.DefaultPrivileges, (m, items) => m with { DefaultPrivileges = items }),
        new Of<Dependency>("dependencies", true, m => m.Dependencies, (m, items) => m with { Dependencies = items }),
    ];

    /// <summary>The section's items in <paramref name="model"/>.</summary>
    public abstract IReadOnlyList<object> ItemsOf(DatabaseModel model);

    public abstract void Write(ItemJsonWriter writer, object item);

    /// <exception cref="JsonException">The bytes are not one such item.</exception>
    public abstract object Parse(ReadOnlySpan<byte> json, JsonSerializerOptions options);

    /// <summary>Parses the items of <paramref name="json"/>, a JSON array of them, into <paramref name="destination"/>:
    /// one serialiser call for many items, where one per item costs more than a small item.</summary>
    /// <exception cref="JsonException">The bytes are not an array of such items, exactly as many as
    /// <paramref name="destination"/> holds.</exception>
    public abstract void ParseMany(ReadOnlySpan<byte> json, JsonSerializerOptions options, Span<object?> destination);

    /// <summary><paramref name="model"/> with the section's array made of <paramref name="items"/> (all of the section's type).</summary>
    public abstract DatabaseModel With(DatabaseModel model, object[] items);

    private sealed class Of<T>(string name, bool shared, Func<DatabaseModel, EquatableArray<T>> get, Func<DatabaseModel, EquatableArray<T>, DatabaseModel> with)
        : ModelSection(name, shared)
        where T : class
    {
        public override IReadOnlyList<object> ItemsOf(DatabaseModel model) => get(model).Items;

        public override void Write(ItemJsonWriter writer, object item) => writer.Append((T)item);

        public override object Parse(ReadOnlySpan<byte> json, JsonSerializerOptions options) =>
            JsonSerializer.Deserialize(json, JsonTypeInfoOf.For<T>(options)) ?? throw new JsonException($"the model file holds null in \"{Name}\"");

        public override void ParseMany(ReadOnlySpan<byte> json, JsonSerializerOptions options, Span<object?> destination)
        {
            var items = JsonSerializer.Deserialize(json, JsonTypeInfoOf.For<EquatableArray<T>>(options)).Items;
            if (items.Length != destination.Length)
            {
                throw new JsonException($"the model file holds {items.Length} items of \"{Name}\" where its index says {destination.Length}");
            }

            for (var index = 0; index < items.Length; index++)
            {
                destination[index] = items[index] ?? throw new JsonException($"the model file holds null in \"{Name}\"");
            }
        }

        public override DatabaseModel With(DatabaseModel model, object[] items) => with(model, [.. items.Cast<T>()]);
    }
}
