using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace SurveySchema.Model.Json;

/// <summary>The model's JSON metadata generated at build time (System.Text.Json's source generator), so that
/// serialising a model does not first discover every record by reflection and generate accessors at run time:
/// in a short-lived process (<c>surveyschema inspect</c>, the fingerprint) that discovery cost more than the
/// serialising itself (docs/benchmarks.md, whole processes). <see cref="ModelJson"/>'s options still decide the
/// naming, the enum spelling and what is left out, so the bytes are those the reflection-based serialiser wrote.
/// It is the options' only resolver: a type missing here fails to serialise (the tests would say so) rather than
/// falling back to reflection, which the published, trimmed build does not have.</summary>
/// <remarks>The arrays are listed because <see cref="EquatableArray{T}"/>'s converter writes its items as an
/// <see cref="ImmutableArray{T}"/>, which the generator cannot see through the converter.</remarks>
[JsonSerializable(typeof(DatabaseModel))]
[JsonSerializable(typeof(ImmutableArray<Aggregate>))]
[JsonSerializable(typeof(ImmutableArray<Collation>))]
[JsonSerializable(typeof(ImmutableArray<Column>))]
[JsonSerializable(typeof(ImmutableArray<Constraint>))]
[JsonSerializable(typeof(ImmutableArray<DefaultPrivilege>))]
[JsonSerializable(typeof(ImmutableArray<Dependency>))]
[JsonSerializable(typeof(ImmutableArray<DomainCheck>))]
[JsonSerializable(typeof(ImmutableArray<Extension>))]
[JsonSerializable(typeof(ImmutableArray<Function>))]
[JsonSerializable(typeof(ImmutableArray<Grant>))]
[JsonSerializable(typeof(ImmutableArray<Policy>))]
[JsonSerializable(typeof(ImmutableArray<QualifiedName>))]
[JsonSerializable(typeof(ImmutableArray<Role>))]
[JsonSerializable(typeof(ImmutableArray<RoleMembership>))]
[JsonSerializable(typeof(ImmutableArray<Schema>))]
[JsonSerializable(typeof(ImmutableArray<Sequence>))]
[JsonSerializable(typeof(ImmutableArray<Table>))]
[JsonSerializable(typeof(ImmutableArray<TableIndex>))]
[JsonSerializable(typeof(ImmutableArray<Trigger>))]
[JsonSerializable(typeof(ImmutableArray<UserDefinedType>))]
[JsonSerializable(typeof(ImmutableArray<View>))]
[JsonSerializable(typeof(ImmutableArray<string>))]
internal sealed partial class ModelJsonContext : JsonSerializerContext;
