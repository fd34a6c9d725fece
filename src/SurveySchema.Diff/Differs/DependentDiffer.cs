namespace SurveySchema.Diff.Differs;

/// <summary>Drops and recreates what depends on an object the other differs drop or replace, by the current
/// model's dependency edges (<c>pg_depend</c>), transitively: a foreign key on the unique key turned into a
/// primary key, a view over a view over a column whose type changes, a default, check or index calling a
/// function whose signature changes, a function taking an enum that is recreated.</summary>
/// <remarks>PostgreSQL refuses to drop (without CASCADE) or retype what something else uses, so every such
/// dependent still wanted goes first, from its current definition, and comes back after, from its desired one.
/// Runs after every other differ: it reads the drops they found.</remarks>
internal static class DependentDiffer
{
    public static void Diff(DiffContext context)
    {
        var plan = new Roots(context);
        var work = new Queue<Root>(plan.Initial);
        while (work.Count > 0)
        {
            var root = work.Dequeue();
            foreach (var dependent in Dependents(context, root).Distinct().OrderBy(d => d).ToList())
            {
                if (plan.IsGone(dependent) || Skipped(root, dependent))
                {
                    continue;
                }

                if (Recreate(context, dependent) is { } recreated)
                {
                    plan.Gone(dependent);
                    work.Enqueue(recreated);
                }
            }
        }
    }

    /// <summary>What a dropped or replaced object may leave alone: PostgreSQL rebuilds a column's indexes and
    /// constraints when its type changes and drops them with the column; a column keeps its type through a
    /// change of another object (the type's own differ converts it).</summary>
    private static bool Skipped(Root root, ObjectRef dependent) => dependent.Kind switch
    {
        ObjectRefKind.Index or ObjectRefKind.Constraint => root.Object.Kind == ObjectRefKind.Column,
        ObjectRefKind.Column => root.Object.Kind is not (ObjectRefKind.Function or ObjectRefKind.Table),
        _ => false,
    };

    private static IEnumerable<ObjectRef> Dependents(DiffContext context, Root root)
    {
        var edges = context.CurrentEdges;
        var found = edges.UsedBy(root.Object);
        if (root.Object.Kind == ObjectRefKind.Constraint)
        {
            // A foreign key relies on the index behind the unique or primary key, which has its name.
            found = found.Concat(edges.UsedBy(root.Object with { Kind = ObjectRefKind.Index }));
        }

        if (root.WholeRelation)
        {
            var name = root.Object.Name;
            var columns = context.Current.Tables.Where(t => t.Name == name).SelectMany(t => t.Columns)
                .Concat(context.Current.Views.Where(v => v.Name == name).SelectMany(v => v.Columns));
            var indexes = context.Current.Tables.Where(t => t.Name == name).SelectMany(t => t.Indexes)
                .Concat(context.Current.Views.Where(v => v.Name == name).SelectMany(v => v.Indexes));
            found = found
                .Concat(columns.SelectMany(c => edges.UsedBy(new ObjectRef(ObjectRefKind.Column, name, c.Name))))
                .Concat(indexes.SelectMany(i => edges.UsedBy(new ObjectRef(ObjectRefKind.Index, name, i.Name))));
        }

        return found.Where(d => !(DependencyGraph.IsMember(d) && root.WholeRelation && d.Name == root.Object.Name));
    }

    /// <summary>Emits the drop and the create of <paramref name="dependent"/> when the desired model still has it;
    /// the root its own dependents are then looked up from, or null when nothing was recreated.</summary>
    private static Root? Recreate(DiffContext context, ObjectRef dependent)
    {
        var desired = context.Desired;
        var current = context.Current;
        switch (DependencyGraph.Normal(dependent).Kind)
        {
            case ObjectRefKind.Table:
                var was = current.Views.FirstOrDefault(v => v.Name == dependent.Name);
                var wanted = desired.Views.FirstOrDefault(v => v.Name == dependent.Name);
                if (was is null || wanted is null)
                {
                    return null;
                }

                context.RemoveWhere(o => Concerns(o, dependent.Name));
                context.Add(DiffPhase.DropDependents, new DropView(was));
                ViewDiffer.Create(context, wanted);
                return new Root(DependencyGraph.Normal(dependent), WholeRelation: true);
            case ObjectRefKind.Function:
                var function = current.Functions.FirstOrDefault(f => f.Name == dependent.Name && f.IdentityArguments == dependent.Member);
                var next = desired.Functions.FirstOrDefault(f => f.Name == dependent.Name && f.IdentityArguments == dependent.Member);
                if (function is null || next is null)
                {
                    return null;
                }

                var target = FunctionDiffer.Target(next);
                context.RemoveWhere(o => o is CreateFunction c && c.Function.Signature == next.Signature
                    || TargetOf(o) == target);
                context.Add(DiffPhase.DropDependents, new DropFunction(function));
                FunctionDiffer.Create(context, next);
                return new Root(DependencyGraph.Normal(dependent), WholeRelation: false);
            case ObjectRefKind.Column:
                return Default(context, dependent);
            default:
                return Member(context, dependent);
        }
    }

    /// <summary>A column default that calls a function being replaced: dropped before, set again after.</summary>
    private static Root? Default(DiffContext context, ObjectRef column)
    {
        var was = context.Current.Tables.FirstOrDefault(t => t.Name == column.Name)?.Columns.FirstOrDefault(c => c.Name == column.Member);
        var wanted = context.Desired.Tables.FirstOrDefault(t => t.Name == column.Name)?.Columns.FirstOrDefault(c => c.Name == column.Member);
        if (was?.Default is null || wanted is null || was.Generated is not null
            || context.Found.Any(o => o is SetColumnDefault s && s.Table == column.Name && s.Column == was.Name
                || o is DropColumnDefault d && d.Table == column.Name && d.Column == was.Name))
        {
            return null;
        }

        context.Add(DiffPhase.DropDependents, new DropColumnDefault(column.Name, was.Name, was.Default));
        if (wanted.Default is not null)
        {
            context.Add(DiffPhase.CreateDependents, new SetColumnDefault(column.Name, was.Name, wanted.Default, null));
        }

        return null;
    }

    /// <summary>A constraint, index, trigger or policy of a table (or a materialized view's index or trigger).</summary>
    private static Root? Member(DiffContext context, ObjectRef member)
    {
        var table = member.Name;
        var name = member.Member!;
        var (currentTable, desiredTable) = (context.Current.Tables.FirstOrDefault(t => t.Name == table), context.Desired.Tables.FirstOrDefault(t => t.Name == table));
        var (currentView, desiredView) = (context.Current.Views.FirstOrDefault(v => v.Name == table), context.Desired.Views.FirstOrDefault(v => v.Name == table));
        switch (member.Kind)
        {
            case ObjectRefKind.Constraint when currentTable?.Constraints.FirstOrDefault(c => c.Name == name) is { IsInherited: false } was
                && desiredTable?.Constraints.FirstOrDefault(c => c.Name == name) is { } wanted:
                context.RemoveWhere(o => o is ValidateConstraint v && v.Table == table && v.Name == name
                    || TargetOf(o) == new ObjectTarget(ObjectRefKind.Constraint, table, name));
                context.Add(DiffPhase.DropConstraints, new DropConstraint(table, was));
                ConstraintDiffer.Diff(context, new Table(table), new Table(table) { Constraints = [wanted] });
                return new Root(member, WholeRelation: false);
            case ObjectRefKind.Index when (currentTable?.Indexes ?? currentView?.Indexes)?.FirstOrDefault(i => i.Name == name) is { Constraint: null, PartitionOf: null } was
                && (desiredTable?.Indexes ?? desiredView?.Indexes)?.FirstOrDefault(i => i.Name == name) is { } wanted:
                context.RemoveWhere(o => TargetOf(o) == new ObjectTarget(ObjectRefKind.Index, table with { Name = name }));
                context.Add(DiffPhase.DropIndexes, new DropIndex(table, was));
                IndexDiffer.Diff(context, table, [], [wanted]);
                return new Root(member, WholeRelation: false);
            case ObjectRefKind.Trigger when (currentTable?.Triggers ?? currentView?.Triggers)?.FirstOrDefault(t => t.Name == name) is { IsInherited: false } was
                && (desiredTable?.Triggers ?? desiredView?.Triggers)?.FirstOrDefault(t => t.Name == name) is { } wanted:
                context.RemoveWhere(o => o is SetTriggerEnabled s && s.Table == table && s.Trigger == name
                    || TargetOf(o) == new ObjectTarget(ObjectRefKind.Trigger, table, name));
                context.Add(DiffPhase.DropDependents, new DropTrigger(table, was));
                TriggerDiffer.Diff(context, table, [], [wanted]);
                return null;
            case ObjectRefKind.Policy when currentTable?.Policies.FirstOrDefault(p => p.Name == name) is { } was
                && desiredTable?.Policies.FirstOrDefault(p => p.Name == name) is { } wanted:
                context.RemoveWhere(o => TargetOf(o) == new ObjectTarget(ObjectRefKind.Policy, table, name));
                context.Add(DiffPhase.DropDependents, new DropPolicy(table, was));
                PolicyDiffer.Diff(context, table, [], [wanted]);
                return null;
            default:
                return null;
        }
    }

    /// <summary>Whether <paramref name="operation"/> changes the view <paramref name="view"/> or a part of it.</summary>
    private static bool Concerns(Operation operation, QualifiedName view) =>
        operation is TableOperation t && t.Table == view || TargetOf(operation)?.Name == view;

    private static ObjectTarget? TargetOf(Operation operation) => operation switch
    {
        SetComment c => c.Target,
        GrantPrivilege g => g.Target,
        RevokePrivilege r => r.Target,
        AlterOwner a => a.Target,
        _ => null,
    };

    /// <summary>An object dropped or replaced: what uses it must go first. A whole relation covers its columns and indexes.</summary>
    private sealed record Root(ObjectRef Object, bool WholeRelation);

    /// <summary>The drops the other differs found, as roots, and everything already gone.</summary>
    private sealed class Roots
    {
        private readonly HashSet<ObjectRef> gone = [];
        private readonly HashSet<QualifiedName> goneRelations = [];

        public Roots(DiffContext context)
        {
            foreach (var operation in context.Found)
            {
                if (RootOf(operation) is { } root)
                {
                    Initial.Add(root);
                    if (operation is not (AlterColumnType or RenameType))
                    {
                        Gone(root.Object);
                    }

                    if (root.WholeRelation)
                    {
                        goneRelations.Add(root.Object.Name);
                    }
                }
            }
        }

        public List<Root> Initial { get; } = [];

        public void Gone(ObjectRef reference) => gone.Add(DependencyGraph.Normal(reference));

        public bool IsGone(ObjectRef reference) =>
            gone.Contains(DependencyGraph.Normal(reference))
            || (DependencyGraph.IsMember(reference) || DependencyGraph.Normal(reference).Kind == ObjectRefKind.Table) && goneRelations.Contains(reference.Name);

        private static Root? RootOf(Operation operation) => operation switch
        {
            DropTable o => new Root(new ObjectRef(ObjectRefKind.Table, o.Table), WholeRelation: true),
            DropView o => new Root(new ObjectRef(ObjectRefKind.Table, o.View.Name), WholeRelation: true),
            DropSequence o => new Root(new ObjectRef(ObjectRefKind.Table, o.Sequence.Name), WholeRelation: false),
            DropColumn o => new Root(new ObjectRef(ObjectRefKind.Column, o.Table, o.Column.Name), WholeRelation: false),
            AlterColumnType o => new Root(new ObjectRef(ObjectRefKind.Column, o.Table, o.Column), WholeRelation: false),
            DropType { Aside: false } o => new Root(new ObjectRef(ObjectRefKind.Type, o.Type.Name), WholeRelation: false),
            RenameType o => new Root(new ObjectRef(ObjectRefKind.Type, o.Type), WholeRelation: false),
            DropFunction o => new Root(new ObjectRef(ObjectRefKind.Function, o.Function.Name, o.Function.IdentityArguments), WholeRelation: false),
            DropConstraint o => new Root(new ObjectRef(ObjectRefKind.Constraint, o.Table, o.Constraint.Name), WholeRelation: false),
            DropIndex o => new Root(new ObjectRef(ObjectRefKind.Index, o.Table, o.Index.Name), WholeRelation: false),
            _ => null,
        };
    }
}
