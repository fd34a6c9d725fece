namespace SurveySchema.Diff;

/// <summary>Kinds of objects a COMMENT, GRANT or REVOKE can name.</summary>
public enum ObjectKind
{
    Schema,
    Table,
    Column,
    View,
    MaterializedView,
    Sequence,
    Index,
    Constraint,
    Trigger,
    Policy,
    Type,
    Domain,
    DomainConstraint,
    Function,
    Procedure,
    Aggregate,
    Collation,
}

/// <summary>The object a comment or privilege belongs to.</summary>
/// <param name="Name">The object's qualified name; for a schema <c>(schema, "")</c>; for a column, constraint,
/// trigger or policy its table (or view); for a domain constraint its domain.</param>
/// <param name="Member">The column, constraint, trigger or policy name; a function's or aggregate's identity arguments.</param>
public sealed record ObjectTarget(ObjectKind Kind, QualifiedName Name, string? Member = null)
{
    public static ObjectTarget ForSchema(string name) => new(ObjectKind.Schema, new QualifiedName(name, ""));

    public override string ToString() => Kind switch
    {
        ObjectKind.Schema => "schema " + Name.Schema,
        ObjectKind.Function or ObjectKind.Procedure or ObjectKind.Aggregate => $"{Kind.ToString().ToLowerInvariant()} {Name}({Member})",
        _ when Member is not null => $"{KindText} {Member} on {Name}",
        _ => $"{KindText} {Name}",
    };

    private string KindText => Kind switch
    {
        ObjectKind.MaterializedView => "materialized view",
        ObjectKind.DomainConstraint => "domain constraint",
        _ => Kind.ToString().ToLowerInvariant(),
    };
}
