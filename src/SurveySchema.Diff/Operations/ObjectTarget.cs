namespace SurveySchema.Diff;

/// <summary>The object a comment or privilege belongs to.</summary>
/// <param name="Name">The object's qualified name; for a schema <c>(schema, "")</c>; for a column, constraint,
/// trigger or policy its table (or view); for a domain constraint its domain.</param>
/// <param name="Member">The column, constraint, trigger or policy name; a function's or aggregate's identity arguments.</param>
public sealed record ObjectTarget(ObjectRefKind Kind, QualifiedName Name, string? Member = null)
{
    public static ObjectTarget ForSchema(string name) => new(ObjectRefKind.Schema, new QualifiedName(name, ""));

    public override string ToString() => Kind switch
    {
        ObjectRefKind.Schema => "schema " + Name.Schema,
        ObjectRefKind.Function or ObjectRefKind.Procedure or ObjectRefKind.Aggregate => $"{Kind.ToString().ToLowerInvariant()} {Name}({Member})",
        _ when Member is not null => $"{KindText} {Member} on {Name}",
        _ => $"{KindText} {Name}",
    };

    private string KindText => Kind switch
    {
        ObjectRefKind.MaterializedView => "materialized view",
        ObjectRefKind.DomainConstraint => "domain constraint",
        _ => Kind.ToString().ToLowerInvariant(),
    };
}
