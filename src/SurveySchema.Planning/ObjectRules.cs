using SurveySchema.Diff;

namespace SurveySchema.Planning;

/// <summary>Footprints of the operations on objects other than tables and columns.</summary>
internal static class ObjectRules
{
    public static void Apply(Operation operation, Footprint f, DependencyIndex references)
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
                // Only after the ADD: a constraint dropped and added again in one plan (its definition changed, or it
                // relies on a key being replaced) is validated once the new one exists.
                f.Needs.Add(Footprint.Constraint(o.Table, o.Name));
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
            case AlterOwner o:
                f.Needs.Add(TargetKey(o.Target));
                if (o.Owner is not null)
                {
                    f.Needs.Add(Footprint.Role(o.Owner));
                }

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
                f.Needs.UnionWith(references.Needs(DependencyIndex.Relation(o.View.Name)).Where(k => !f.Creates.Contains(k)));
                break;
            case DropView o:
                f.Removes.Add(Footprint.Relation(o.View.Name));
                f.Removes.UnionWith(o.View.Columns.Select(c => Footprint.Column(o.View.Name, c.Name)));
                f.Removes.UnionWith(o.View.Indexes.Select(i => Footprint.Index(o.View.Name, i.Name)));
                f.Releases.Add(Footprint.Schema(o.View.Name.Schema));
                f.Releases.UnionWith(references.Releases(DependencyIndex.Relation(o.View.Name)).Where(k => !f.Removes.Contains(k)));
                break;
            case CreateFunction o:
                RoutineCreated(f, DependencyIndex.Routine(o.Function), references);
                break;
            case DropFunction o:
                RoutineDropped(f, DependencyIndex.Routine(o.Function), references);
                break;
            case CreateAggregate or DropAggregate or CreateCollation or DropCollation:
                AggregateRules.Apply(operation, f, references);
                break;
            default:
                TypeAndTriggerRules(operation, f, references);
                break;
        }
    }

    /// <summary>A function, procedure or aggregate the plan creates: after its schema, the extensions and what the
    /// catalog records it using in the desired model (support functions, argument and state types).</summary>
    public static void RoutineCreated(Footprint f, ObjectRef routine, DependencyIndex references)
    {
        f.Creates.Add(Footprint.Function(routine.Name, routine.Member ?? ""));
        f.Needs.Add(Footprint.Schema(routine.Name.Schema));
        f.Needs.Add(Footprint.Extensions);
        f.Needs.UnionWith(references.Needs(routine).Where(k => !f.Creates.Contains(k)));
    }

    /// <summary>A routine the plan drops: before what it used in the current model goes.</summary>
    public static void RoutineDropped(Footprint f, ObjectRef routine, DependencyIndex references)
    {
        f.Removes.Add(Footprint.Function(routine.Name, routine.Member ?? ""));
        f.Releases.Add(Footprint.Schema(routine.Name.Schema));
        f.Releases.UnionWith(references.Releases(routine).Where(k => !f.Removes.Contains(k)));
    }

    private static void TypeAndTriggerRules(Operation operation, Footprint f, DependencyIndex references)
    {
        switch (operation)
        {
            case CreateType o:
                f.Creates.Add(Footprint.Type(o.Type.Name));
                f.Creates.UnionWith(o.Type.Attributes.Select(a => Footprint.Column(o.Type.Name, a.Name)));
                f.Needs.Add(Footprint.Schema(o.Type.Name.Schema));
                f.Needs.UnionWith(references.Needs(TypeRef(o.Type.Name)).Append(Footprint.Extensions).Where(k => !f.Creates.Contains(k)));
                break;
            case DropType { Aside: true } o:
                // Created by the RenameType of the same plan: after it, and after every column moved off it.
                f.Needs.Add(Footprint.Type(o.Type.Name));
                f.Replaces.Add(Footprint.Type(o.Type.Name));
                break;
            case DropType o:
                f.Removes.Add(Footprint.Type(o.Type.Name));
                f.Releases.Add(Footprint.Schema(o.Type.Name.Schema));
                f.Releases.UnionWith(references.Releases(TypeRef(o.Type.Name)).Append(Footprint.Extensions).Where(k => !f.Removes.Contains(k)));
                break;
            case RenameType o:
                f.Removes.Add(Footprint.Type(o.Type));
                f.Creates.Add(Footprint.Type(o.Type with { Name = o.To }));
                break;
            case AlterTypeAttributes o:
                // The type stays; what an attribute's new type needs (a type the plan creates) comes first, and
                // a dropped attribute stops using what its type needed.
                f.Needs.Add(Footprint.Type(o.Type));
                f.Removes.UnionWith(o.Changes.Where(c => c.To is null).Select(c => Footprint.Column(o.Type, c.From!.Name)));
                f.Creates.UnionWith(o.Changes.Where(c => c.From is null).Select(c => Footprint.Column(o.Type, c.To!.Name)));
                f.Releases.UnionWith(references.Releases(TypeRef(o.Type)).Where(k => k != Footprint.Type(o.Type) && !f.Removes.Contains(k)));
                f.Needs.UnionWith(references.Needs(TypeRef(o.Type)).Where(k => k != Footprint.Type(o.Type) && !f.Creates.Contains(k)));
                break;
            case SetDomainDefault o:
                f.Needs.Add(Footprint.Type(o.Type));
                break;
            case SetDomainNotNull o:
                f.Needs.Add(Footprint.Type(o.Type));
                break;
            case AddDomainCheck o:
                // A function the check calls is created first.
                f.Needs.Add(Footprint.Type(o.Type));
                f.Needs.UnionWith(references.Needs(TypeRef(o.Type)).Where(k => k != Footprint.Type(o.Type)));
                f.Creates.Add(Footprint.Constraint(o.Type, o.Check.Name));
                break;
            case DropDomainCheck o:
                f.Needs.Add(Footprint.Type(o.Type));
                f.Removes.Add(Footprint.Constraint(o.Type, o.Check.Name));
                f.Releases.UnionWith(references.Releases(TypeRef(o.Type)).Where(k => k != Footprint.Type(o.Type)));
                break;
            case AddEnumValue o:
                f.Needs.Add(Footprint.Type(o.Type));
                f.Creates.Add(Footprint.Labels(o.Type));
                break;
            case CreateTrigger o:
                f.Creates.Add(Footprint.Trigger(o.Table, o.Trigger.Name));
                f.Needs.Add(Footprint.Relation(o.Table));
                f.Needs.UnionWith(references.Needs(new ObjectRef(ObjectRefKind.Trigger, o.Table, o.Trigger.Name)));
                break;
            case DropTrigger o:
                f.Removes.Add(Footprint.Trigger(o.Table, o.Trigger.Name));
                f.Releases.Add(Footprint.Relation(o.Table));
                f.Releases.UnionWith(references.Releases(new ObjectRef(ObjectRefKind.Trigger, o.Table, o.Trigger.Name)));
                break;
            case SetTriggerEnabled o:
                f.Needs.Add(Footprint.Trigger(o.Table, o.Trigger));
                break;
            case CreatePolicy o:
                f.Creates.Add(Footprint.Policy(o.Table, o.Policy.Name));
                f.Needs.Add(Footprint.Relation(o.Table));
                f.Needs.UnionWith(references.Needs(new ObjectRef(ObjectRefKind.Policy, o.Table, o.Policy.Name)));
                break;
            case DropPolicy o:
                f.Removes.Add(Footprint.Policy(o.Table, o.Policy.Name));
                f.Releases.Add(Footprint.Relation(o.Table));
                f.Releases.UnionWith(references.Releases(new ObjectRef(ObjectRefKind.Policy, o.Table, o.Policy.Name)));
                break;
            case TableOperation o:
                // Row level security switches, storage parameters.
                f.Needs.Add(Footprint.Relation(o.Table));
                break;
            default:
                throw new NotSupportedException($"no footprint rule for {operation.GetType().Name}");
        }
    }

    private static ObjectRef TypeRef(QualifiedName name) => new(ObjectRefKind.Type, name);

    /// <summary>The key of the object a comment or privilege is on.</summary>
    public static FootprintKey TargetKey(ObjectTarget target) => target.Kind switch
    {
        ObjectRefKind.Schema => Footprint.Schema(target.Name.Schema),
        ObjectRefKind.Table or ObjectRefKind.View or ObjectRefKind.MaterializedView or ObjectRefKind.Sequence => Footprint.Relation(target.Name),
        ObjectRefKind.Column => Footprint.Column(target.Name, target.Member!),
        ObjectRefKind.Index => Footprint.Index(target.Name, target.Name.Name),
        ObjectRefKind.Constraint => Footprint.Constraint(target.Name, target.Member!),
        ObjectRefKind.Trigger => Footprint.Trigger(target.Name, target.Member!),
        ObjectRefKind.Policy => Footprint.Policy(target.Name, target.Member!),
        ObjectRefKind.Type or ObjectRefKind.Domain or ObjectRefKind.DomainConstraint => Footprint.Type(target.Name),
        ObjectRefKind.Collation => Footprint.Collation(target.Name),
        _ => Footprint.Function(target.Name, target.Member ?? ""),
    };
}
