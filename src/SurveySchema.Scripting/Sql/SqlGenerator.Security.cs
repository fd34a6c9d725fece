using SurveySchema.Diff;

namespace SurveySchema.Scripting.Sql;

/// <summary>COMMENT ON, GRANT and REVOKE.</summary>
internal static partial class SqlGenerator
{
    private static string Comment(SetComment o) =>
        $"COMMENT ON {CommentTarget(o.Target)} IS {(o.Text is null ? "NULL" : SqlLiteral.Quote(o.Text))}";

    private static string CommentTarget(ObjectTarget t) => t.Kind switch
    {
        ObjectRefKind.Schema => "SCHEMA " + Q(t.Name.Schema),
        ObjectRefKind.Table => "TABLE " + Q(t.Name),
        ObjectRefKind.Column => $"COLUMN {Q(t.Name)}.{Q(t.Member!)}",
        ObjectRefKind.View => "VIEW " + Q(t.Name),
        ObjectRefKind.MaterializedView => "MATERIALIZED VIEW " + Q(t.Name),
        ObjectRefKind.Sequence => "SEQUENCE " + Q(t.Name),
        ObjectRefKind.Index => "INDEX " + Q(t.Name),
        ObjectRefKind.Constraint => $"CONSTRAINT {Q(t.Member!)} ON {Q(t.Name)}",
        ObjectRefKind.Trigger => $"TRIGGER {Q(t.Member!)} ON {Q(t.Name)}",
        ObjectRefKind.Policy => $"POLICY {Q(t.Member!)} ON {Q(t.Name)}",
        ObjectRefKind.Type => "TYPE " + Q(t.Name),
        ObjectRefKind.Domain => "DOMAIN " + Q(t.Name),
        ObjectRefKind.DomainConstraint => $"CONSTRAINT {Q(t.Member!)} ON DOMAIN {Q(t.Name)}",
        ObjectRefKind.Procedure => $"PROCEDURE {Q(t.Name)}({t.Member})",
        ObjectRefKind.Aggregate => $"AGGREGATE {Q(t.Name)}({AggregateArguments(t.Member!)})",
        ObjectRefKind.Collation => "COLLATION " + Q(t.Name),
        _ => $"FUNCTION {Q(t.Name)}({t.Member})",
    };

    private static string Grant(GrantPrivilege o) =>
        $"GRANT {Privilege(o.Target, o.Grant)} ON {GrantTarget(o.Target)} TO {SqlIdentifier.Role(o.Grant.Grantee)}"
        + (o.Grant.Grantable ? " WITH GRANT OPTION" : "");

    private static string Revoke(RevokePrivilege o) =>
        $"REVOKE {Privilege(o.Target, o.Grant)} ON {GrantTarget(o.Target)} FROM {SqlIdentifier.Role(o.Grant.Grantee)}";

    private static string Privilege(ObjectTarget target, Grant grant) =>
        target.Kind == ObjectRefKind.Column ? $"{grant.Privilege} ({Q(target.Member!)})" : grant.Privilege;

    private static string GrantTarget(ObjectTarget t) => t.Kind switch
    {
        ObjectRefKind.Schema => "SCHEMA " + Q(t.Name.Schema),
        ObjectRefKind.Sequence => "SEQUENCE " + Q(t.Name),
        ObjectRefKind.Function => $"FUNCTION {Q(t.Name)}({t.Member})",
        ObjectRefKind.Procedure => $"PROCEDURE {Q(t.Name)}({t.Member})",
        ObjectRefKind.Aggregate => $"FUNCTION {Q(t.Name)}({AggregateArgumentTypes(t.Member!)})",
        ObjectRefKind.Type => "TYPE " + Q(t.Name),
        ObjectRefKind.Domain => "DOMAIN " + Q(t.Name),
        _ => "TABLE " + Q(t.Name),
    };
}
