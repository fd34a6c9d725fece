using SurveySchema.Diff;

namespace SurveySchema.Planning;

/// <summary>Footprints of column, constraint and index operations.</summary>
internal static class ColumnRules
{
    public static void Apply(Operation operation, Footprint f, DependencyIndex references)
    {
        switch (operation)
        {
            case AddColumn o:
                f.Creates.Add(Footprint.Column(o.Table, o.Column.Name));
                f.Needs.Add(Footprint.Relation(o.Table));
                f.Needs.UnionWith(ColumnNeeds(o.Table, o.Column, references));
                f.Needs.Add(Footprint.Extensions);
                if (o.Column.NotNull)
                {
                    f.Creates.Add(Footprint.NotNull(o.Table, o.Column.Name));
                }

                f.ColumnChain = Footprint.Column(o.Table, o.Column.Name);
                break;
            case DropColumn o:
                f.Removes.Add(Footprint.Column(o.Table, o.Column.Name));
                f.Removes.UnionWith(references.SequencesOwnedBy(o.Table, o.Column.Name));
                f.Releases.UnionWith(references.Releases(DependencyIndex.Column(o.Table, o.Column.Name)));
                if (o.Column.TypeFacts?.Extension is not null)
                {
                    // Before DROP EXTENSION takes its type away.
                    f.Releases.Add(Footprint.Extensions);
                }

                f.ColumnChain = Footprint.Column(o.InheritedFrom ?? o.Table, o.Column.Name);
                break;
            case AlterColumnType o:
                f.Replaces.Add(Footprint.Column(o.Table, o.Column));
                f.Needs.UnionWith(references.Needs(DependencyIndex.Column(o.Table, o.Column)));
                f.Needs.Add(Footprint.Extensions);
                if (o.From.TypeFacts?.Extension is not null)
                {
                    f.Releases.Add(Footprint.Extensions);
                }

                f.Releases.UnionWith(references.ReleasesAfterRenames(DependencyIndex.Column(o.Table, o.Column)));
                f.ColumnChain = Footprint.Column(o.Table, o.Column);
                break;
            case SetColumnDefault o:
                f.Needs.Add(Footprint.Relation(o.Table));
                f.Needs.UnionWith(references.Needs(DependencyIndex.Column(o.Table, o.Column)));
                if (o.Previous is not null)
                {
                    // Replacing the default stops the column using what the old one used: before that goes. Set
                    // after a conversion off an enum set aside, the column's type is known by its new name then.
                    f.Releases.UnionWith(references.ReleasesAfterRenames(DependencyIndex.Column(o.Table, o.Column)));
                }

                f.ColumnChain = Footprint.Column(o.InheritedFrom ?? o.Table, o.Column);
                break;
            case DropColumnDefault o:
                f.Releases.UnionWith(references.Releases(DependencyIndex.Column(o.Table, o.Column)));
                f.ColumnChain = Footprint.Column(o.InheritedFrom ?? o.Table, o.Column);
                break;
            case SetNotNull o:
                f.Creates.Add(Footprint.NotNull(o.Table, o.Column));
                f.Needs.Add(Footprint.Relation(o.Table));
                f.ColumnChain = Footprint.Column(o.InheritedFrom ?? o.Table, o.Column);
                break;
            case DropNotNull o:
                f.Removes.Add(Footprint.NotNull(o.Table, o.Column));
                f.ColumnChain = Footprint.Column(o.InheritedFrom ?? o.Table, o.Column);
                break;
            case AddIdentity o:
                f.Needs.Add(Footprint.NotNull(o.Table, o.Column));
                f.ColumnChain = Footprint.Column(o.Table, o.Column);
                break;
            case DropColumnExpression o:
                // The expression stops using the columns and functions it named: before those go.
                f.Releases.UnionWith(references.Releases(DependencyIndex.Column(o.Table, o.Column)));
                f.ColumnChain = Footprint.Column(o.Table, o.Column);
                break;
            case DropIdentity o:
                f.ColumnChain = Footprint.Column(o.Table, o.Column);
                break;
            case AddNotNullCheck o:
                f.Creates.Add(Footprint.Constraint(o.Table, o.CheckName));
                f.Needs.Add(Footprint.Column(o.Table, o.Column));
                f.ColumnChain = Footprint.Column(o.Table, o.Column);
                break;
            default:
                ObjectRules.Apply(operation, f, references);
                break;
        }
    }

    /// <summary>Types, collations, sequences and functions a column's type, default and generation expression use.</summary>
    public static IEnumerable<FootprintKey> ColumnNeeds(QualifiedName table, Column column, DependencyIndex references) =>
        references.Needs(DependencyIndex.Column(table, column.Name));

    public static void Constraint(Operation operation, Footprint f, DependencyIndex references)
    {
        var (table, constraint, adding) = operation switch
        {
            AddConstraint a => (a.Table, a.Constraint, true),
            DropConstraint d => (d.Table, d.Constraint, false),
            _ => throw new ArgumentException("not a constraint operation", nameof(operation)),
        };
        var own = new HashSet<FootprintKey> { Footprint.Constraint(table, constraint.Name) };
        if (constraint.Kind is ConstraintKind.PrimaryKey or ConstraintKind.Unique or ConstraintKind.Exclusion)
        {
            own.Add(Footprint.Index(table, constraint.Name));
        }

        if (constraint.Kind is ConstraintKind.PrimaryKey or ConstraintKind.Unique)
        {
            own.Add(Footprint.UniqueKey(table, constraint.Columns));
        }

        var uses = new HashSet<FootprintKey> { Footprint.Relation(table) };
        uses.UnionWith(constraint.Columns.Select(c => Footprint.Column(table, c)));
        if (constraint.Kind == ConstraintKind.Exclusion)
        {
            // Its operator classes may be an extension's (btree_gist), which the model does not hold.
            uses.Add(Footprint.Extensions);
        }

        if (!adding && constraint.Kind == ConstraintKind.PrimaryKey)
        {
            // A primary key holds its columns NOT NULL: PostgreSQL refuses DROP NOT NULL until the key is gone.
            uses.UnionWith(constraint.Columns.Select(c => Footprint.NotNull(table, c)));
        }

        var self = new ObjectRef(ObjectRefKind.Constraint, table, constraint.Name);
        uses.UnionWith(adding ? references.Needs(self) : references.Releases(self));
        if (constraint.ForeignKey is { } fk)
        {
            uses.Add(Footprint.Relation(fk.ReferencedTable));
            uses.UnionWith(fk.ReferencedColumns.Select(c => Footprint.Column(fk.ReferencedTable, c)));
            uses.Add(Footprint.UniqueKey(fk.ReferencedTable, fk.ReferencedColumns));
        }

        (adding ? f.Creates : f.Removes).UnionWith(own);
        (adding ? f.Needs : f.Releases).UnionWith(uses);
    }

    public static void Index(Operation operation, Footprint f, DependencyIndex references)
    {
        var (table, index, adding) = operation switch
        {
            CreateIndex c => (c.Table, c.Index, true),
            DropIndex d => (d.Table, d.Index, false),
            _ => throw new ArgumentException("not an index operation", nameof(operation)),
        };
        var own = new HashSet<FootprintKey> { Footprint.Index(table, index.Name) };
        if (index.Unique && index.Predicate is null)
        {
            own.Add(Footprint.UniqueKey(table, index.Keys));
        }

        var uses = new HashSet<FootprintKey> { Footprint.Relation(table), Footprint.Extensions };
        var self = new ObjectRef(ObjectRefKind.Index, table, index.Name);
        uses.UnionWith(adding ? references.Needs(self) : references.Releases(self));

        (adding ? f.Creates : f.Removes).UnionWith(own);
        (adding ? f.Needs : f.Releases).UnionWith(uses);
    }
}
