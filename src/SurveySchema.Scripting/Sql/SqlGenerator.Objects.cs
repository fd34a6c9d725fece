using SurveySchema.Diff;

namespace SurveySchema.Scripting.Sql;

/// <summary>Sequences, views, functions, types, triggers and policies.</summary>
internal static partial class SqlGenerator
{
    private static IReadOnlyList<string> SequenceStatements(Operation operation) => operation switch
    {
        CreateSequence o => [$"CREATE {(o.Sequence.Persistence == Persistence.Unlogged ? "UNLOGGED " : "")}SEQUENCE {Q(o.Sequence.Name)} {SequenceOptions(o.Sequence.Options, withType: true)}"],
        AlterSequence o => [$"ALTER SEQUENCE {Q(o.Name)} {SequenceOptions(o.To, withType: true)}"],
        SetSequenceOwner o => [$"ALTER SEQUENCE {Q(o.Name)} OWNED BY {(o.OwnedBy is null ? "NONE" : Q(o.OwnedBy.Table) + "." + Q(o.OwnedBy.Column))}"],
        DropSequence o => [$"DROP SEQUENCE {Q(o.Sequence.Name)}"],
        _ => throw new NotSupportedException(operation.GetType().Name),
    };

    private static IReadOnlyList<string> ObjectStatements(Operation operation) => operation switch
    {
        CreateView o => [CreateView(o.View)],
        DropView o => [$"DROP {(o.View.Kind == ViewKind.Materialized ? "MATERIALIZED VIEW" : "VIEW")} {Q(o.View.Name)}"],
        CreateFunction o => [o.Function.Definition.TrimEnd().TrimEnd(';')],
        DropFunction o => [$"DROP {(o.Function.Kind == FunctionKind.Procedure ? "PROCEDURE" : "FUNCTION")} {Q(o.Function.Name)}({o.Function.IdentityArguments})"],
        CreateType o => [CreateType(o.Type)],
        DropType o => [$"DROP {(o.Type.Kind == TypeKind.Domain ? "DOMAIN" : "TYPE")} {Q(o.Type.Name)}"],
        RenameType o => [$"ALTER TYPE {Q(o.Type)} RENAME TO {Q(o.To)}"],
        AddEnumValue o => [$"ALTER TYPE {Q(o.Type)} ADD VALUE {SqlLiteral.Quote(o.Value)}"
            + (o.Before is not null ? " BEFORE " + SqlLiteral.Quote(o.Before) : o.After is not null ? " AFTER " + SqlLiteral.Quote(o.After) : "")],
        AlterTypeAttributes o => [$"ALTER TYPE {Q(o.Type)} " + string.Join(", ", o.Changes.Select(c => (c.From, c.To) switch
        {
            (null, { } to) => $"ADD ATTRIBUTE {Q(to.Name)} {to.Type}" + (to.Collation is null ? "" : " COLLATE " + to.Collation),
            ({ } from, null) => $"DROP ATTRIBUTE {Q(from.Name)}",
            (_, { } to) => $"ALTER ATTRIBUTE {Q(to.Name)} TYPE {to.Type}" + (to.Collation is null ? "" : " COLLATE " + to.Collation),
            _ => throw new InvalidOperationException($"attribute change of {o.Type} names no attribute"),
        }))],
        SetDomainDefault o => [$"ALTER DOMAIN {Q(o.Type)} " + (o.Default is null ? "DROP DEFAULT" : "SET DEFAULT " + o.Default)],
        SetDomainNotNull o => [$"ALTER DOMAIN {Q(o.Type)} {(o.NotNull ? "SET" : "DROP")} NOT NULL"],
        AddDomainCheck o => [$"ALTER DOMAIN {Q(o.Type)} ADD CONSTRAINT {Q(o.Check.Name)} {CheckSpelling.Restore(WithoutNotValid(o.Check.Definition))}"
            + (o.Check.Validated ? "" : " NOT VALID")],
        DropDomainCheck o => [$"ALTER DOMAIN {Q(o.Type)} DROP CONSTRAINT {Q(o.Check.Name)}"],
        CreateTrigger o => [o.Trigger.Definition],
        DropTrigger o => [$"DROP TRIGGER {Q(o.Trigger.Name)} ON {Q(o.Table)}"],
        SetTriggerEnabled o => [$"ALTER TABLE {Q(o.Table)} {TriggerState(o.Enabled)} TRIGGER {Q(o.Trigger)}"],
        CreatePolicy o => [CreatePolicy(o.Table, o.Policy)],
        DropPolicy o => [$"DROP POLICY {Q(o.Policy.Name)} ON {Q(o.Table)}"],
        _ => throw new NotSupportedException($"no SQL for {operation.GetType().Name}"),
    };

    private static string CreateView(View view)
    {
        var kind = view.Kind == ViewKind.Materialized ? "MATERIALIZED VIEW" : "VIEW";
        var options = view.Options.IsEmpty ? "" : $" WITH ({string.Join(", ", view.Options)})";
        var body = view.Definition.Trim().TrimEnd(';');
        return $"CREATE {kind} {Q(view.Name)}{options} AS\n{body}" + (view.Kind == ViewKind.Materialized ? "\nWITH DATA" : "");
    }

    private static string CreateType(UserDefinedType type) => type.Kind switch
    {
        TypeKind.Enum => $"CREATE TYPE {Q(type.Name)} AS ENUM ({string.Join(", ", type.EnumLabels.Select(SqlLiteral.Quote))})",
        TypeKind.Range => $"CREATE TYPE {Q(type.Name)} AS RANGE ({type.RangeOptions})",
        TypeKind.Composite => $"CREATE TYPE {Q(type.Name)} AS ({string.Join(", ", type.Attributes.Select(a => $"{Q(a.Name)} {a.Type}" + (a.Collation is null ? "" : " COLLATE " + a.Collation)))})",
        _ => CreateDomain(type.Name, type.Domain ?? throw new InvalidOperationException($"domain {type.Name} has no definition")),
    };

    private static string CreateDomain(QualifiedName name, Domain domain)
    {
        var text = $"CREATE DOMAIN {Q(name)} AS {domain.BaseType}";
        text += domain.Collation is null ? "" : " COLLATE " + domain.Collation;
        text += domain.Default is null ? "" : " DEFAULT " + domain.Default;
        text += domain.NotNull ? " NOT NULL" : "";
        return domain.Checks.Aggregate(text, (t, c) => t + $" CONSTRAINT {Q(c.Name)} {CheckSpelling.Restore(WithoutNotValid(c.Definition))}");
    }

    private static string TriggerState(TriggerEnabled enabled) => enabled switch
    {
        TriggerEnabled.Disabled => "DISABLE",
        TriggerEnabled.Replica => "ENABLE REPLICA",
        TriggerEnabled.Always => "ENABLE ALWAYS",
        _ => "ENABLE",
    };

    private static string CreatePolicy(QualifiedName table, Policy policy)
    {
        var roles = policy.Roles.IsEmpty ? "PUBLIC" : string.Join(", ", policy.Roles.Select(SqlIdentifier.Role));
        var text = $"CREATE POLICY {Q(policy.Name)} ON {Q(table)} AS {(policy.Permissive ? "PERMISSIVE" : "RESTRICTIVE")} FOR {policy.Command.ToString().ToUpperInvariant()} TO {roles}";
        text += policy.Using is null ? "" : $" USING ({policy.Using})";
        text += policy.WithCheck is null ? "" : $" WITH CHECK ({policy.WithCheck})";
        return text;
    }
}
