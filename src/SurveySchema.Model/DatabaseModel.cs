using System.Text.Json.Serialization;

namespace SurveySchema.Model;

/// <summary>Everything the schema declares, as read from a database's catalogs: the value two databases
/// are compared by. Records all the way down with structural equality, so <c>a == b</c> means "same schema".</summary>
/// <remarks>
/// Left out on purpose: object owners (environments use different roles; privileges stay), objects that
/// belong to an extension, the tool's own <c>surveyschema</c> schema, Alembic's <c>public.alembic_version</c>,
/// data (sequence values, whether a materialized view is populated), tablespaces and statistics.
/// Models made by the catalog reader or <see cref="ModelJson.Deserialize"/> are in canonical order
/// (<see cref="ToCanonical"/>); build others through <see cref="ToCanonical"/> before comparing them.
/// </remarks>
public sealed record DatabaseModel
{
    public static DatabaseModel Empty { get; } = new();

    /// <summary>By name.</summary>
    public EquatableArray<Schema> Schemas { get; init; }

    /// <summary>By name.</summary>
    public EquatableArray<Extension> Extensions { get; init; }

    /// <summary>Enums, domains and composite types, by qualified name.</summary>
    public EquatableArray<UserDefinedType> Types { get; init; }

    /// <summary>By qualified name.</summary>
    public EquatableArray<Sequence> Sequences { get; init; }

    /// <summary>By qualified name; partitions are tables of their own.</summary>
    public EquatableArray<Table> Tables { get; init; }

    /// <summary>Views and materialized views, by qualified name.</summary>
    public EquatableArray<View> Views { get; init; }

    /// <summary>Functions and procedures, by qualified name then identity arguments.</summary>
    public EquatableArray<Function> Functions { get; init; }

    /// <summary>By qualified name then identity arguments.</summary>
    /// <remarks>Left out of the JSON when empty, like <see cref="Collations"/>, <see cref="Roles"/> and
    /// <see cref="DefaultPrivileges"/>: these kinds came after the others, and a database without them keeps
    /// the fingerprint it had before (approved plans stay valid).</remarks>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public EquatableArray<Aggregate> Aggregates { get; init; }

    /// <summary>Collations created by the schema, by qualified name.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public EquatableArray<Collation> Collations { get; init; }

    /// <summary>The roles the model was asked to cover (a project's declared roles), by name; empty unless
    /// asked: roles belong to the cluster, not the database.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public EquatableArray<Role> Roles { get; init; }

    /// <summary>ALTER DEFAULT PRIVILEGES entries, by role, schema (for all schemas first) and object kind.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public EquatableArray<DefaultPrivilege> DefaultPrivileges { get; init; }

    /// <summary>Dependency edges between the objects above, from <c>pg_depend</c>, sorted; not part of the
    /// <see cref="Fingerprint"/>: two databases that differ only here hold the same schema.</summary>
    public EquatableArray<Dependency> Dependencies { get; init; }

    /// <summary>The same model with every collection in canonical order: columns, composite attributes and
    /// enum labels by position; key columns, inheritance parents and index keys as declared; everything
    /// else by ordinal (culture-independent) name.</summary>
    public DatabaseModel ToCanonical() => CanonicalOrder.Apply(this);
}
