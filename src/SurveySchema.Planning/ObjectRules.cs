using SurveySchema.Diff;

namespace SurveySchema.Planning;

/// <summary>Footprints of the operations on objects other than tables and columns.</summary>
internal static class ObjectRules
{
    public static void Apply(Operation operation, Footprint f, ReferenceIndex references)
    {
        if (SecurityRules.TryApply(operation, f))
        {
            return;
        }

        SecurityRules.NamedRoles(operation, f);
        switch (operation)
        {
            case AddConstraint or DropConstraint:
                ColumnRules.Constraint(operation, f, references);
                break;
            case ValidateConstraint o:
                f.Needs.Add(Footprint.Constraint(o.Table, o.Name));
                f.Releases.Add(Footprint.Constraint(o.Table, o.Name));
                f.Creates.Add(Footprint.Validated(o.Table, o.Name));
                break;
            case CreateIndex or DropIndex:
                ColumnRules.Index(operation, f, references);
                break;
            case CreateSequence o:
                f.Creates.Add(Footprint.Relation(o.Sequence.Name));
                f.Needs.Add(Footprint.Schema(o.Sequence.Name.Schema));
                break;
            case DropSequence o:
                f.Removes.Add(Footprint.Relation(o.Sequence.Name));
                f.Releases.Add(Footprint.Schema(o.Sequence.Name.Schema));
                break;
            case AlterSequence o:
                f.Needs.Add(Footprint.Relation(o.Name));
                break;
            case SetSequenceOwner o:
                f.Needs.Add(Footprint.Relation(o.Name));
                if (o.OwnedBy is not null)
                {
                    f.Needs.Add(Footprint.Column(o.OwnedBy.Table, o.OwnedBy.Column));
                }

                if (o.Previous is not null)
                {
                    // Before the old owner goes: DROP COLUMN or DROP TABLE would drop the sequence with it.
                    f.Releases.Add(Footprint.Column(o.Previous.Table, o.Previous.Column));
                }

                break;
            case SetComment o:
                f.Needs.Add(TargetKey(o.Target));
                break;
            case GrantPrivilege o:
                f.Needs.Add(TargetKey(o.Target));
                break;
            case RevokePrivilege o:
                f.Needs.Add(TargetKey(o.Target));
                break;
            case CreateView o:
                f.Creates.Add(Footprint.Relation(o.View.Name));
                f.Creates.UnionWith(o.View.Columns.Select(c => Footprint.Column(o.View.Name, c.Name)));
                f.Needs.Add(Footprint.Schema(o.View.Name.Schema));
                f.Needs.UnionWith(references.KeysIn(o.View.Definition, withColumns: true, self: o.View.Name));
                break;
            case DropView o:
                f.Removes.Add(Footprint.Relation(o.View.Name));
                f.Removes.UnionWith(o.View.Columns.Select(c => Footprint.Column(o.View.Name, c.Name)));
                f.Removes.UnionWith(o.View.Indexes.Select(i => Footprint.Index(o.View.Name, i.Name)));
                f.Releases.Add(Footprint.Schema(o.View.Name.Schema));
                f.Releases.UnionWith(references.KeysIn(o.View.Definition, withColumns: true, self: o.View.Name));
                break;
            case CreateFunction o:
                f.Creates.Add(Footprint.Function(o.Function.Name));
                f.Needs.Add(Footprint.Schema(o.Function.Name.Schema));
                f.Needs.Add(Footprint.Extensions);
                f.Needs.UnionWith(references.KeysIn(o.Function.Definition, withColumns: true).Where(k => k != Footprint.Function(o.Function.Name)));
                break;
            case DropFunction o:
                f.Removes.Add(Footprint.Function(o.Function.Name));
                f.Releases.Add(Footprint.Schema(o.Function.Name.Schema));
                f.Releases.UnionWith(references.KeysIn(o.Function.Definition).Where(k => k != Footprint.Function(o.Function.Name)));
                break;
            default:
                TypeAndTriggerRules(operation, f, references);
                break;
        }
    }

    private static void TypeAndTriggerRules(Operation operation, Footprint f, ReferenceIndex references)
    {
        switch (operation)
        {
            case CreateType o:
                f.Creates.Add(Footprint.Type(o.Type.Name));
                f.Creates.UnionWith(o.Type.Attributes.Select(a => Footprint.Column(o.Type.Name, a.Name)));
                f.Needs.Add(Footprint.Schema(o.Type.Name.Schema));
                f.Needs.UnionWith(TypeUses(o.Type, references));
                break;
            case DropType { Aside: true } o:
                // Created by the RenameType of the same plan: after it, and after every column moved off it.
                f.Needs.Add(Footprint.Type(o.Type.Name));
                f.Replaces.Add(Footprint.Type(o.Type.Name));
                break;
            case DropType o:
                f.Removes.Add(Footprint.Type(o.Type.Name));
                f.Releases.UnionWith(TypeUses(o.Type, references));
                break;
            case RenameType o:
                f.Removes.Add(Footprint.Type(o.Type));
                f.Creates.Add(Footprint.Type(o.Type with { Name = o.To }));
                break;
            case AddEnumValue o:
                f.Needs.Add(Footprint.Type(o.Type));
                f.Creates.Add(Footprint.Labels(o.Type));
                break;
            case CreateTrigger o:
                f.Creates.Add(Footprint.Trigger(o.Table, o.Trigger.Name));
                f.Needs.Add(Footprint.Relation(o.Table));
                f.Needs.UnionWith(references.KeysIn(o.Trigger.Definition, self: o.Table));
                f.Needs.UnionWith(references.ColumnsIn(o.Trigger.Definition, o.Table));
                break;
            case DropTrigger o:
                f.Removes.Add(Footprint.Trigger(o.Table, o.Trigger.Name));
                f.Releases.Add(Footprint.Relation(o.Table));
                f.Releases.UnionWith(references.KeysIn(o.Trigger.Definition, self: o.Table));
                f.Releases.UnionWith(references.ColumnsIn(o.Trigger.Definition, o.Table));
                break;
            case SetTriggerEnabled o:
                f.Needs.Add(Footprint.Trigger(o.Table, o.Trigger));
                break;
            case CreatePolicy o:
                f.Creates.Add(Footprint.Policy(o.Table, o.Policy.Name));
                f.Needs.Add(Footprint.Relation(o.Table));
                f.Needs.UnionWith(PolicyUses(o.Table, o.Policy, references));
                break;
            case DropPolicy o:
                f.Removes.Add(Footprint.Policy(o.Table, o.Policy.Name));
                f.Releases.Add(Footprint.Relation(o.Table));
                f.Releases.UnionWith(PolicyUses(o.Table, o.Policy, references));
                break;
            case TableOperation o:
                // Row level security switches, storage parameters.
                f.Needs.Add(Footprint.Relation(o.Table));
                break;
            default:
                throw new NotSupportedException($"no footprint rule for {operation.GetType().Name}");
        }
    }

    private static IEnumerable<string> TypeUses(UserDefinedType type, ReferenceIndex references) =>
        references.KeysIn(type.Domain?.BaseType)
            .Concat(type.Domain?.Checks.SelectMany(c => references.KeysIn(c.Definition)) ?? [])
            .Concat(type.Attributes.SelectMany(a => references.KeysIn(a.Type)))
            .Append(Footprint.Extensions)
            .Where(k => k != Footprint.Type(type.Name));

    private static IEnumerable<string> PolicyUses(QualifiedName table, Policy policy, ReferenceIndex references) =>
        references.KeysIn(policy.Using, self: table).Concat(references.KeysIn(policy.WithCheck, self: table))
            .Concat(references.ColumnsIn(policy.Using, table)).Concat(references.ColumnsIn(policy.WithCheck, table));

    /// <summary>The key of the object a comment or privilege is on.</summary>
    public static string TargetKey(ObjectTarget target) => target.Kind switch
    {
        ObjectKind.Schema => Footprint.Schema(target.Name.Schema),
        ObjectKind.Table or ObjectKind.View or ObjectKind.MaterializedView or ObjectKind.Sequence => Footprint.Relation(target.Name),
        ObjectKind.Column => Footprint.Column(target.Name, target.Member!),
        ObjectKind.Index => Footprint.Index(target.Name, target.Name.Name),
        ObjectKind.Constraint => Footprint.Constraint(target.Name, target.Member!),
        ObjectKind.Trigger => Footprint.Trigger(target.Name, target.Member!),
        ObjectKind.Policy => Footprint.Policy(target.Name, target.Member!),
        ObjectKind.Type or ObjectKind.Domain or ObjectKind.DomainConstraint => Footprint.Type(target.Name),
        _ => Footprint.Function(target.Name),
    };
}
