namespace SurveySchema.Parsing.Dependencies;

/// <summary>What kind of object a statement creates or references. <see cref="Relation"/> is used for a
/// reference that may name any relation (a view's FROM, GRANT ON TABLE, COMMENT ON INDEX…).</summary>
public enum SchemaObjectKind
{
    Schema,
    Extension,
    Role,
    Relation,
    Table,
    View,
    MaterializedView,
    Sequence,
    Index,
    ForeignTable,
    Type,
    Function,
    Constraint,
    Trigger,
    Policy,
    Rule,
    Other,
}

/// <summary>Which PostgreSQL name space a kind lives in: two objects conflict only within one.</summary>
internal enum ObjectNamespace
{
    Schema,
    Extension,
    Role,
    Relation,
    Type,
    Routine,

    // Constraints, triggers, policies and rules are each named per table, in separate name spaces.
    Constraint,
    Trigger,
    Policy,
    Rule,
    Other,
}

internal static class SchemaObjectKindExtensions
{
    public static ObjectNamespace Namespace(this SchemaObjectKind kind) => kind switch
    {
        SchemaObjectKind.Schema => ObjectNamespace.Schema,
        SchemaObjectKind.Extension => ObjectNamespace.Extension,
        SchemaObjectKind.Role => ObjectNamespace.Role,
        SchemaObjectKind.Relation or SchemaObjectKind.Table or SchemaObjectKind.View or SchemaObjectKind.MaterializedView
            or SchemaObjectKind.Sequence or SchemaObjectKind.Index or SchemaObjectKind.ForeignTable => ObjectNamespace.Relation,
        SchemaObjectKind.Type => ObjectNamespace.Type,
        SchemaObjectKind.Function => ObjectNamespace.Routine,
        SchemaObjectKind.Constraint => ObjectNamespace.Constraint,
        SchemaObjectKind.Trigger => ObjectNamespace.Trigger,
        SchemaObjectKind.Policy => ObjectNamespace.Policy,
        SchemaObjectKind.Rule => ObjectNamespace.Rule,
        _ => ObjectNamespace.Other,
    };

    public static string Describe(this SchemaObjectKind kind) => kind switch
    {
        SchemaObjectKind.MaterializedView => "materialized view",
        SchemaObjectKind.ForeignTable => "foreign table",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
