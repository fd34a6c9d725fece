using SurveySchema.Diff;

namespace SurveySchema.Scripting.Sql;

/// <summary>COMMENT ON, GRANT and REVOKE.</summary>
internal static partial class SqlGenerator
{
    private static string Comment(SetComment o) =>
        $"COMMENT ON {CommentTarget(o.Target)} IS {(o.Text is null ? "NULL" : SqlLiteral.Quote(o.Text))}";

    private static string CommentTarget(ObjectTarget t) => t.Kind switch
    {
        ObjectKind.Schema => "SCHEMA " + Q(t.Name.Schema),
        ObjectKind.Table => "TABLE " + Q(t.Name),
        ObjectKind.Column => $"COLUMN {Q(t.Name)}.{Q(t.Member!)}",
        ObjectKind.View => "VIEW " + Q(t.Name),
        ObjectKind.MaterializedView => "MATERIALIZED VIEW " + Q(t.Name),
        ObjectKind.Sequence => "SEQUENCE " + Q(t.Name),
        ObjectKind.Index => "INDEX " + Q(t.Name),
        ObjectKind.Constraint => $"CONSTRAINT {Q(t.Member!)} ON {Q(t.Name)}",
        ObjectKind.Trigger => $"TRIGGER {Q(t.Member!)} ON {Q(t.Name)}",
        ObjectKind.Policy => $"POLICY {Q(t.Member!)} ON {Q(t.Name)}",
        ObjectKind.Type => "TYPE " + Q(t.Name),
        ObjectKind.Domain => "DOMAIN " + Q(t.Name),
        ObjectKind.DomainConstraint => $"CONSTRAINT {Q(t.Member!)} ON DOMAIN {Q(t.Name)}",
        ObjectKind.Procedure => $"PROCEDURE {Q(t.Name)}({t.Member})",
        ObjectKind.Aggregate => $"AGGREGATE {Q(t.Name)}({AggregateArguments(t.Member!)})",
        ObjectKind.Collation => "COLLATION " + Q(t.Name),
        _ => $"FUNCTION {Q(t.Name)}({t.Member})",
    };

    private static string Grant(GrantPrivilege o) =>
        $"GRANT {Privilege(o.Target, o.Grant)} ON {GrantTarget(o.Target)} TO {SqlIdentifier.Role(o.Grant.Grantee)}"
        + (o.Grant.Grantable ? " WITH GRANT OPTION" : "");

    private static string Revoke(RevokePrivilege o) =>
        $"REVOKE {Privilege(o.Target, o.Grant)} ON {GrantTarget(o.Target)} FROM {SqlIdentifier.Role(o.Grant.Grantee)}";

    private static string Privilege(ObjectTarget target, Grant grant) =>
        target.Kind == ObjectKind.Column ? $"{grant.Privilege} ({Q(target.Member!)})" : grant.Privilege;

    private static string GrantTarget(ObjectTarget t) => t.Kind switch
    {
        ObjectKind.Schema => "SCHEMA " + Q(t.Name.Schema),
        ObjectKind.Sequence => "SEQUENCE " + Q(t.Name),
        ObjectKind.Function => $"FUNCTION {Q(t.Name)}({t.Member})",
        ObjectKind.Procedure => $"PROCEDURE {Q(t.Name)}({t.Member})",
        ObjectKind.Aggregate => $"FUNCTION {Q(t.Name)}({AggregateArgumentTypes(t.Member!)})",
        ObjectKind.Type => "TYPE " + Q(t.Name),
        ObjectKind.Domain => "DOMAIN " + Q(t.Name),
        _ => "TABLE " + Q(t.Name),
    };
}
