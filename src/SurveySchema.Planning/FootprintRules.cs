using SurveySchema.Diff;

namespace SurveySchema.Planning;

/// <summary>The <see cref="Footprint"/> of each operation kind: what it creates, needs, removes, releases
/// and replaces. One rule per operation; the graph does the rest.</summary>
internal static class FootprintRules
{
    public static Footprint For(Operation operation, DependencyIndex references)
    {
        var f = new Footprint();
        switch (operation)
        {
            case CreateSchema o:
                f.Creates.Add(Footprint.Schema(o.Name));
                break;
            case DropSchema o:
                f.Removes.Add(Footprint.Schema(o.Name));
                break;
            case CreateExtension o:
                f.Creates.Add(Footprint.Extensions);
                f.Needs.Add(Footprint.Schema(o.Extension.Schema));
                break;
            case DropExtension o:
                f.Removes.Add(Footprint.Extensions);
                f.Releases.Add(Footprint.Schema(o.Extension.Schema));
                break;
            case AlterExtensionUpdate:
                break;
            case CreateTable o:
                TableKeys(f.Creates, o.Definition);
                f.Needs.UnionWith(TableUses(o.Definition, references.Needs).Where(k => !f.Creates.Contains(k)));
                break;
            case DropTable o:
                TableKeys(f.Removes, o.Definition);
                f.Removes.UnionWith(o.Definition.Columns.SelectMany(c => references.SequencesOwnedBy(o.Table, c.Name)));
                f.Removes.UnionWith(o.Definition.Triggers.Select(t => Footprint.Trigger(o.Table, t.Name)));
                f.Removes.UnionWith(o.Definition.Policies.Select(p => Footprint.Policy(o.Table, p.Name)));
                f.Releases.UnionWith(TableUses(o.Definition, references.Releases).Where(k => !f.Removes.Contains(k)));
                foreach (var fk in o.Definition.Constraints.Select(c => c.ForeignKey).OfType<ForeignKey>())
                {
                    // DROP TABLE (without CASCADE) goes before the tables its foreign keys reference.
                    f.Releases.Add(Footprint.Relation(fk.ReferencedTable));
                    f.Releases.Add(Footprint.UniqueKey(fk.ReferencedTable, fk.ReferencedColumns));
                }

                break;
            case RenameTable o:
                f.Removes.Add(Footprint.Relation(o.From));
                f.Creates.Add(Footprint.Relation(o.From with { Name = o.To }));
                break;
            case RenameColumn o:
                // Names its table as the plan leaves it: after a RenameTable that gives the table that name.
                f.Needs.Add(Footprint.Relation(o.Table));
                f.Removes.Add(Footprint.Column(o.Table, o.From));
                f.Creates.Add(Footprint.Column(o.Table, o.To));
                break;
            case AttachPartition o:
                f.Needs.Add(Footprint.Relation(o.Table));
                f.Needs.Add(Footprint.Relation(o.Partition.Parent));
                f.Creates.Add(Footprint.Partition(o.Table));
                f.Needs.UnionWith(ReadyColumns(o.Table, o.Columns));
                break;
            case DetachPartition o:
                // Before the partition or its parent is dropped, and before the table is attached again.
                f.Releases.Add(Footprint.Relation(o.Table));
                f.Releases.Add(Footprint.Relation(o.Partition.Parent));
                f.Removes.Add(Footprint.Partition(o.Table));
                break;
            case InheritTable o:
                f.Needs.Add(Footprint.Relation(o.Table));
                f.Needs.Add(Footprint.Relation(o.Parent));
                f.Needs.UnionWith(ReadyColumns(o.Table, o.Columns));
                break;
            case NoInheritTable o:
                // DROP TABLE refuses a parent that still has children.
                f.Releases.Add(Footprint.Relation(o.Parent));
                break;
            default:
                ColumnRules.Apply(operation, f, references);
                break;
        }

        if (operation is not AddEnumValue)
        {
            // A step using an enum runs after the labels the plan adds to it are committed; AddEnumValue adds them.
            f.Needs.UnionWith(f.Needs.Select(Footprint.LabelsOf).OfType<FootprintKey>().ToList());
        }

        return f;
    }

    /// <summary>ATTACH PARTITION and INHERIT check that the table has the parent's columns, NOT NULL where the
    /// parent's are: after the steps that add those columns or set NOT NULL.</summary>
    private static IEnumerable<FootprintKey> ReadyColumns(QualifiedName table, EquatableArray<Column> columns) =>
        columns.Select(c => Footprint.Column(table, c.Name))
            .Concat(columns.Where(c => c.NotNull).Select(c => Footprint.NotNull(table, c.Name)));

    /// <summary>The keys a table brings with it: itself, its columns, its inline constraints and their indexes.</summary>
    private static void TableKeys(HashSet<FootprintKey> keys, Table table)
    {
        keys.Add(Footprint.Relation(table.Name));
        keys.UnionWith(table.Columns.Select(c => Footprint.Column(table.Name, c.Name)));
        foreach (var constraint in table.Constraints.Where(c => c.Kind != ConstraintKind.ForeignKey))
        {
            keys.Add(Footprint.Constraint(table.Name, constraint.Name));
            if (constraint.Kind is ConstraintKind.PrimaryKey or ConstraintKind.Unique)
            {
                keys.Add(Footprint.UniqueKey(table.Name, constraint.Columns));
            }
        }

        keys.UnionWith(table.Indexes.Where(i => i.Constraint is not null).Select(i => Footprint.Index(table.Name, i.Name)));
    }

    /// <summary>What the table and the parts that come with it (columns, inline constraints) use, as keys
    /// through <paramref name="edges"/> (the desired model's for a create, the current's for a drop).</summary>
    private static IEnumerable<FootprintKey> TableUses(Table table, Func<ObjectRef, IEnumerable<FootprintKey>> edges)
    {
        yield return Footprint.Schema(table.Name.Schema);
        yield return Footprint.Extensions;
        foreach (var parent in table.Inherits)
        {
            yield return Footprint.Relation(parent);
        }

        if (table.PartitionOf is not null)
        {
            yield return Footprint.Relation(table.PartitionOf.Parent);
        }

        foreach (var column in table.Columns)
        {
            foreach (var key in edges(DependencyIndex.Column(table.Name, column.Name)))
            {
                yield return key;
            }
        }

        foreach (var constraint in table.Constraints.Where(c => c.Kind != ConstraintKind.ForeignKey))
        {
            foreach (var key in edges(new ObjectRef(ObjectRefKind.Constraint, table.Name, constraint.Name)))
            {
                yield return key;
            }
        }
    }
}
