using System.Text.Json;
using System.Text.Json.Serialization;

namespace SurveySchema.Model.Json;

/// <summary>The converters <see cref="ModelJson"/>'s options carry: one per enum (kebab-case names, no numbers) and
/// one per <see cref="EquatableArray{T}"/> the model holds.</summary>
/// <remarks>Each is closed over its type here, in code, because a converter factory that closes a generic type at run
/// time (the non-generic <see cref="JsonStringEnumConverter"/>, an EquatableArray factory) needs native code that a
/// natively compiled build does not have. A type missing from this list does not fail quietly:
/// <c>ModelJsonConvertersTests</c> walks the model's metadata and fails on an enum written as a number or an array
/// without its converter. The arrays are also listed in <see cref="ModelJsonContext"/>, which generates the
/// metadata these converters hand their items to.</remarks>
internal static class ModelJsonConverters
{
    public static IEnumerable<JsonConverter> All() =>
    [
        Enum<AggregateKind>(),
        Enum<AggregateModify>(),
        Enum<CollationProvider>(),
        Enum<ConstraintKind>(),
        Enum<DefaultPrivilegeObjects>(),
        Enum<ForeignKeyMatch>(),
        Enum<FunctionKind>(),
        Enum<IdentityGeneration>(),
        Enum<ObjectRefKind>(),
        Enum<ParallelSafety>(),
        Enum<Persistence>(),
        Enum<PolicyCommand>(),
        Enum<ReferentialAction>(),
        Enum<SpatialKind>(),
        Enum<TriggerEnabled>(),
        Enum<TypeKind>(),
        Enum<ViewKind>(),
        Enum<Volatility>(),
        Array<Aggregate>(),
        Array<Collation>(),
        Array<Column>(),
        Array<Constraint>(),
        Array<DefaultPrivilege>(),
        Array<Dependency>(),
        Array<DomainCheck>(),
        Array<Extension>(),
        Array<Function>(),
        Array<Grant>(),
        Array<Policy>(),
        Array<QualifiedName>(),
        Array<Role>(),
        Array<RoleMembership>(),
        Array<Schema>(),
        Array<Sequence>(),
        Array<Table>(),
        Array<TableIndex>(),
        Array<Trigger>(),
        Array<UserDefinedType>(),
        Array<View>(),
        Array<string>(),
    ];

    private static JsonStringEnumConverter<TEnum> Enum<TEnum>()
        where TEnum : struct, System.Enum =>
        new JsonStringEnumConverter<TEnum>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false);

    private static EquatableArrayJsonConverter<T> Array<T>() => new();
}
