using SurveySchema.Diff;
using SurveySchema.Parsing.Dependencies;

namespace SurveySchema.Scripting.Drift;

/// <summary>Where a finding is declared, as the parse names declarations: the item first (an index, a constraint,
/// a trigger, a policy: statements of their own or named in the CREATE TABLE), then the object that holds it.
/// <see cref="DeclarationIndex.Find"/> takes the first one the project declares.</summary>
internal static class DeclarationSites
{
    public static IEnumerable<SchemaObjectName> Of(Operation operation) => operation switch
    {
        AddConstraint o => [Member(SchemaObjectKind.Constraint, o.Table, o.Constraint.Name), Relation(o.Table)],
        DropConstraint o => [Member(SchemaObjectKind.Constraint, o.Table, o.Constraint.Name), Relation(o.Table)],
        ValidateConstraint o => [Member(SchemaObjectKind.Constraint, o.Table, o.Name), Relation(o.Table)],
        CreateIndex o => [Index(o.Table, o.Index.Name), Relation(o.Table)],
        DropIndex o => [Index(o.Table, o.Index.Name), Relation(o.Table)],
        CreateTrigger o => [Member(SchemaObjectKind.Trigger, o.Table, o.Trigger.Name), Relation(o.Table)],
        DropTrigger o => [Member(SchemaObjectKind.Trigger, o.Table, o.Trigger.Name), Relation(o.Table)],
        SetTriggerEnabled o => [Member(SchemaObjectKind.Trigger, o.Table, o.Trigger), Relation(o.Table)],
        CreatePolicy o => [Member(SchemaObjectKind.Policy, o.Table, o.Policy.Name), Relation(o.Table)],
        DropPolicy o => [Member(SchemaObjectKind.Policy, o.Table, o.Policy.Name), Relation(o.Table)],
        RenameTable o => [Relation(new QualifiedName(o.From.Schema, o.To)), Relation(o.From)],
        TableOperation o => [Relation(o.Table)],
        SetComment o => Of(o.Target),
        GrantPrivilege o => Of(o.Target),
        RevokePrivilege o => Of(o.Target),
        CreateSchema o => [new(SchemaObjectKind.Schema, null, o.Name)],
        DropSchema o => [new(SchemaObjectKind.Schema, null, o.Name)],
        CreateExtension o => [new(SchemaObjectKind.Extension, null, o.Extension.Name)],
        DropExtension o => [new(SchemaObjectKind.Extension, null, o.Extension.Name)],
        AlterExtensionUpdate o => [new(SchemaObjectKind.Extension, null, o.Name)],
        CreateSequence o => [Relation(o.Sequence.Name)],
        DropSequence o => [Relation(o.Sequence.Name)],
        AlterSequence o => [Relation(o.Name)],
        SetSequenceOwner o => [Relation(o.Name)],
        CreateView o => [Relation(o.View.Name)],
        DropView o => [Relation(o.View.Name)],
        CreateFunction o => [Routine(o.Function.Name, o.Function.IdentityArguments)],
        DropFunction o => [Routine(o.Function.Name, o.Function.IdentityArguments)],
        CreateAggregate o => [Routine(o.Aggregate.Name, o.Aggregate.IdentityArguments)],
        DropAggregate o => [Routine(o.Aggregate.Name, o.Aggregate.IdentityArguments)],
        CreateCollation o => [Collation(o.Collation.Name)],
        DropCollation o => [Collation(o.Collation.Name)],
        CreateType o => [Type(o.Type.Name)],
        DropType o => [Type(o.Type.Name)],
        AddEnumValue o => [Type(o.Type)],
        RenameType o => [Type(o.Type)],
        CreateRole o => [Role(o.Role.Name)],
        AlterRole o => [Role(o.Role.Name)],
        GrantRoleMembership o => [Role(o.Member)],
        RevokeRoleMembership o => [Role(o.Member)],
        _ => [],
    };

    /// <summary>The object a comment or privilege is on (for a column, constraint, trigger or policy: its table too).</summary>
    public static IEnumerable<SchemaObjectName> Of(ObjectTarget target) => target.Kind switch
    {
        ObjectRefKind.Schema => [new(SchemaObjectKind.Schema, null, target.Name.Schema)],
        ObjectRefKind.Constraint when target.Member is { } name => [Member(SchemaObjectKind.Constraint, target.Name, name), Relation(target.Name)],
        ObjectRefKind.Trigger when target.Member is { } name => [Member(SchemaObjectKind.Trigger, target.Name, name), Relation(target.Name)],
        ObjectRefKind.Policy when target.Member is { } name => [Member(SchemaObjectKind.Policy, target.Name, name), Relation(target.Name)],
        ObjectRefKind.Index => [Index(target.Name, target.Name.Name)],
        ObjectRefKind.Table or ObjectRefKind.Column or ObjectRefKind.Constraint or ObjectRefKind.Trigger or ObjectRefKind.Policy
            or ObjectRefKind.View or ObjectRefKind.MaterializedView or ObjectRefKind.Sequence => [Relation(target.Name)],
        ObjectRefKind.Type or ObjectRefKind.Domain or ObjectRefKind.DomainConstraint => [Type(target.Name)],
        ObjectRefKind.Function or ObjectRefKind.Procedure or ObjectRefKind.Aggregate => [Routine(target.Name, target.Member)],
        ObjectRefKind.Collation => [Collation(target.Name)],
        _ => [],
    };

    /// <summary>A table, view, sequence or index: one name space, so the kind given does not matter.</summary>
    public static SchemaObjectName Relation(QualifiedName name) => new(SchemaObjectKind.Table, name.Schema, name.Name);

    private static SchemaObjectName Index(QualifiedName table, string index) => new(SchemaObjectKind.Index, table.Schema, index);

    /// <summary>Constraints, triggers and policies are named per table (<c>schema.table</c>, as the parse names them).</summary>
    private static SchemaObjectName Member(SchemaObjectKind kind, QualifiedName table, string name) =>
        new(kind, table.Schema, name, table.ToString());

    private static SchemaObjectName Routine(QualifiedName name, string? arguments) =>
        new(SchemaObjectKind.Function, name.Schema, name.Name, Signature: arguments);

    private static SchemaObjectName Type(QualifiedName name) => new(SchemaObjectKind.Type, name.Schema, name.Name);

    private static SchemaObjectName Collation(QualifiedName name) => new(SchemaObjectKind.Other, name.Schema, name.Name, Label: "collation");

    private static SchemaObjectName Role(string name) => new(SchemaObjectKind.Role, null, name);
}
