using SurveySchema.Catalog.Rows;
using SurveySchema.Model;

namespace SurveySchema.Catalog.Building;

/// <summary>Tables and views with what lives on them, from the rows keyed by relation OID.</summary>
internal sealed class RelationBuilder(CatalogSnapshot snapshot, GrantIndex grants)
{
    private readonly ILookup<uint, ColumnRow> columns = snapshot.Columns.ToLookup(r => r.RelationOid);
    private readonly ILookup<uint, ConstraintRow> constraints = snapshot.Constraints.ToLookup(r => r.RelationOid);
    private readonly ILookup<uint, IndexRow> indexes = snapshot.Indexes.ToLookup(r => r.RelationOid);
    private readonly ILookup<uint, TriggerRow> triggers = snapshot.Triggers.ToLookup(r => r.RelationOid);
    private readonly ILookup<uint, PolicyRow> policies = snapshot.Policies.ToLookup(r => r.RelationOid);

    public EquatableArray<Column> Columns(uint relationOid, string owner) =>
        ColumnBuilder.Build(columns[relationOid], owner, grants);

    public Table Table(RelationRow row)
    {
        var name = new QualifiedName(row.Schema, row.Name);
        var owner = $"table {name}";
        return new Table(name)
        {
            Persistence = CatalogCodes.Persistence(row.Persistence, owner),
            PartitionKey = row.PartitionKey,
            PartitionOf = row.PartitionBound is null
                ? null
                : new PartitionOf(new QualifiedName(row.PartitionParentSchema!, row.PartitionParentName!), row.PartitionBound),
            Inherits = row.InheritsSchemas.Zip(row.InheritsNames, (s, n) => new QualifiedName(s, n)).ToEquatableArray(),
            Columns = Columns(row.Oid, owner),
            Constraints = constraints[row.Oid].Select(c => Constraint(c, owner)).ToEquatableArray(),
            Indexes = Indexes(row.Oid),
            Triggers = Triggers(row.Oid, owner),
            RowLevelSecurity = row.RowSecurity,
            ForceRowLevelSecurity = row.ForceRowSecurity,
            Policies = policies[row.Oid].Select(p => Policy(p, owner)).ToEquatableArray(),
            Options = row.Options.ToEquatableArray(),
            Grants = grants.For(GrantIndex.Relation, row.Oid),
            Owner = row.Owner,
            Comment = row.Comment,
        };
    }

    public View View(RelationRow row)
    {
        var name = new QualifiedName(row.Schema, row.Name);
        var kind = row.Kind == "m" ? ViewKind.Materialized : ViewKind.View;
        var owner = $"{(kind == ViewKind.Materialized ? "materialized view" : "view")} {name}";
        return new View(name, kind)
        {
            Definition = row.ViewDefinition ?? throw new CatalogReadException($"{owner}: no definition in the catalog"),
            Columns = Columns(row.Oid, owner),
            Indexes = Indexes(row.Oid),
            Triggers = Triggers(row.Oid, owner),
            Options = row.Options.ToEquatableArray(),
            Grants = grants.For(GrantIndex.Relation, row.Oid),
            Owner = row.Owner,
            Comment = row.Comment,
        };
    }

    private static Constraint Constraint(ConstraintRow row, string owner)
    {
        var objectName = $"constraint {row.Name} on {owner}";
        var kind = CatalogCodes.ConstraintKind(row.Kind, objectName);
        return new Constraint(row.Name, kind)
        {
            Columns = row.Columns.ToEquatableArray(),
            Definition = row.Definition,
            ForeignKey = kind != ConstraintKind.ForeignKey
                ? null
                : new ForeignKey(
                    new QualifiedName(row.ReferencedSchema!, row.ReferencedTable!),
                    row.ReferencedColumns.ToEquatableArray(),
                    CatalogCodes.ReferentialAction(row.OnUpdate, objectName),
                    CatalogCodes.ReferentialAction(row.OnDelete, objectName),
                    CatalogCodes.Match(row.Match, objectName)),
            Deferrable = row.Deferrable,
            InitiallyDeferred = row.InitiallyDeferred,
            Validated = row.Validated,
            IsInherited = row.IsInherited,
            Comment = row.Comment,
        };
    }

    private EquatableArray<TableIndex> Indexes(uint relationOid) =>
        indexes[relationOid].Select(row => new TableIndex(row.Name)
        {
            Method = row.Method,
            Keys = row.Keys.ToEquatableArray(),
            Include = row.Include.ToEquatableArray(),
            Predicate = row.Predicate,
            Unique = row.Unique,
            Definition = row.Definition,
            Constraint = row.Constraint,
            IsValid = row.IsValid,
            PartitionOf = row.ParentName is null ? null : new QualifiedName(row.ParentSchema!, row.ParentName),
            Comment = row.Comment,
        }).ToEquatableArray();

    private EquatableArray<Trigger> Triggers(uint relationOid, string owner) =>
        triggers[relationOid].Select(row => new Trigger(row.Name)
        {
            Definition = row.Definition,
            Enabled = CatalogCodes.TriggerEnabled(row.Enabled, $"trigger {row.Name} on {owner}"),
            IsInherited = row.IsInherited,
            Comment = row.Comment,
        }).ToEquatableArray();

    private static Policy Policy(PolicyRow row, string owner) => new(row.Name)
    {
        Command = CatalogCodes.PolicyCommand(row.Command, $"policy {row.Name} on {owner}"),
        Permissive = row.Permissive,
        Roles = row.Roles.ToEquatableArray(),
        Using = row.Using,
        WithCheck = row.WithCheck,
        Comment = row.Comment,
    };
}
