using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using SurveySchema.Model;
using SurveySchema.Model.Json;

namespace SurveySchema.Tests.Model;

/// <summary>Every enum and every <see cref="EquatableArray{T}"/> the model file can hold has its converter in
/// <see cref="ModelJsonConverters"/>: the list is written by hand (so that a natively compiled build has the code),
/// and a type missing from it would otherwise write numbers, or fail only when a model first holds one.</summary>
public sealed class ModelJsonConvertersTests
{
    private static readonly JsonSerializerOptions Options = ModelJson.CompactOptions;

    private static IEnumerable<Type> Reachable() => TypesReachableFrom(typeof(DatabaseModel), Options);

    [Test]
    public void Every_enum_in_the_model_is_written_by_name_and_read_only_by_name()
    {
        var enums = Reachable().Where(t => t.IsEnum).ToList();
        Assert.That(enums, Does.Contain(typeof(ConstraintKind)).And.Contain(typeof(IdentityGeneration)), "the walk reaches the model's enums");
        foreach (var type in enums)
        {
            var info = Options.GetTypeInfo(type);
            var value = Enum.GetValues(type).GetValue(0);
            var json = JsonSerializer.Serialize(value, info);
            Assert.That(json, Does.StartWith("\""), $"{type.Name} is written by name");
            Assert.That(json, Is.EqualTo(json.ToLowerInvariant()), $"{type.Name} is written in kebab case");
            Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("0", info), $"{type.Name} refuses a number");
        }
    }

    [Test]
    public void Every_equatable_array_in_the_model_has_its_converter()
    {
        var arrays = Reachable().Where(IsEquatableArray).ToList();
        Assert.That(arrays, Does.Contain(typeof(EquatableArray<Column>)).And.Contain(typeof(EquatableArray<string>)), "the walk reaches the model's arrays");
        foreach (var type in arrays)
        {
            var info = Options.GetTypeInfo(type);
            Assert.That(info.Converter.GetType().GetGenericTypeDefinition(), Is.EqualTo(typeof(EquatableArrayJsonConverter<>)), type.ToString());
            var empty = JsonSerializer.Deserialize("[]", info);
            Assert.That(JsonSerializer.Serialize(empty, info), Is.EqualTo("[]"), type.ToString());
        }
    }

    private static bool IsEquatableArray(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>);

    /// <summary>The types whose metadata serialising <paramref name="root"/> reaches: property types, element types,
    /// the type arguments of nullable values and of EquatableArray (whose converter hides its element type).</summary>
    private static IEnumerable<Type> TypesReachableFrom(Type root, JsonSerializerOptions options)
    {
        var seen = new HashSet<Type>();
        var pending = new Queue<Type>([root]);
        while (pending.TryDequeue(out var type))
        {
            if (!seen.Add(type))
            {
                continue;
            }

            if (Nullable.GetUnderlyingType(type) is { } underlying)
            {
                pending.Enqueue(underlying);
                continue;
            }

            if (IsEquatableArray(type))
            {
                pending.Enqueue(type.GetGenericArguments()[0]);
            }

            var info = options.GetTypeInfo(type);
            if (info.Kind == JsonTypeInfoKind.Object)
            {
                foreach (var property in info.Properties)
                {
                    pending.Enqueue(property.PropertyType);
                }
            }

            if (info.ElementType is { } element)
            {
                pending.Enqueue(element);
            }
        }

        return seen;
    }
}
