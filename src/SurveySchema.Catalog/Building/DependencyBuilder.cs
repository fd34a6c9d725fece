using SurveySchema.Catalog.Rows;
using SurveySchema.Model;

namespace SurveySchema.Catalog.Building;

/// <summary>Turns dependencies.sql's edges, catalog identities, into the model's typed edges: each side is named
/// through the OIDs the other queries returned, and an edge with a side the reader did not read (a system
/// object, an extension member) is left out.</summary>
internal sealed class DependencyBuilder
{
    // The catalogs' own OIDs, fixed in PostgreSQL's catalog headers (CATALOG(pg_class,1259,…) in pg_class.h and
    // so on) and the same in every database and version.
    private const uint PgClass = 1259;
    private const uint PgType = 1247;
    private const uint PgProc = 1255;
    private const uint PgConstraint = 2606;
    private const uint PgTrigger = 2620;
    private const uint PgPolicy = 3256;
    private const uint PgCollation = 3456;

    private readonly Dictionary<uint, ObjectRef> relations = [];
    private readonly Dictionary<(uint Relation, int AttNum), ObjectRef> columns = [];
    private readonly Dictionary<uint, ObjectRef> types = [];
    private readonly Dictionary<uint, ObjectRef> routines = [];
    private readonly Dictionary<uint, ObjectRef> constraints = [];
    private readonly Dictionary<uint, ObjectRef> triggers = [];
    private readonly Dictionary<uint, ObjectRef> policies = [];
    private readonly Dictionary<uint, ObjectRef> collations = [];

    private DependencyBuilder(CatalogSnapshot snapshot)
    {
        foreach (var row in snapshot.Relations)
        {
            relations[row.Oid] = new ObjectRef(RelationKind(row.Kind), new QualifiedName(row.Schema, row.Name));
        }

        foreach (var row in snapshot.Sequences)
        {
            relations[row.Oid] = new ObjectRef(ObjectRefKind.Sequence, new QualifiedName(row.Schema, row.Name));
        }

        // Members of a relation (column, index, constraint, trigger, policy) are named by their relation; a
        // composite type's attributes are the type itself.
        foreach (var row in snapshot.Columns)
        {
            if (relations.TryGetValue(row.RelationOid, out var relation))
            {
                columns[(row.RelationOid, row.AttNum)] = relation.Kind == ObjectRefKind.Type
                    ? relation
                    : new ObjectRef(ObjectRefKind.Column, relation.Name, row.Name);
            }
        }

        AddMembers(snapshot.Indexes, ObjectRefKind.Index, r => (r.Oid, r.RelationOid, r.Name), relations);
        AddMembers(snapshot.Constraints, ObjectRefKind.Constraint, r => (r.Oid, r.RelationOid, r.Name), constraints);
        AddMembers(snapshot.Triggers, ObjectRefKind.Trigger, r => (r.Oid, r.RelationOid, r.Name), triggers);
        AddMembers(snapshot.Policies, ObjectRefKind.Policy, r => (r.Oid, r.RelationOid, r.Name), policies);

        // A composite type is read as a relation too (relkind 'c'); dependencies.sql names it by its relation.
        foreach (var row in snapshot.Types.Where(t => t.RelationOid == 0))
        {
            types[row.Oid] = new ObjectRef(ObjectRefKind.Type, new QualifiedName(row.Schema, row.Name));
        }

        foreach (var row in snapshot.Functions)
        {
            var kind = row.Kind == "p" ? ObjectRefKind.Procedure : ObjectRefKind.Function;
            routines[row.Oid] = new ObjectRef(kind, new QualifiedName(row.Schema, row.Name), row.IdentityArguments);
        }

        foreach (var row in snapshot.Aggregates)
        {
            routines[row.Oid] = new ObjectRef(ObjectRefKind.Aggregate, new QualifiedName(row.Schema, row.Name), row.IdentityArguments);
        }

        foreach (var row in snapshot.Collations)
        {
            collations[row.Oid] = new ObjectRef(ObjectRefKind.Collation, new QualifiedName(row.Schema, row.Name));
        }
    }

    public static EquatableArray<Dependency> Build(CatalogSnapshot snapshot)
    {
        var builder = new DependencyBuilder(snapshot);
        var edges = new HashSet<Dependency>();
        foreach (var row in snapshot.Dependencies)
        {
            // Two pg_depend rows can name one edge (the attributes of a composite type, which are the type, on one
            // other type), and two identities one object (a composite type's attribute and the type).
            if (builder.Find(row.ClassId, row.ObjectId, row.SubId) is { } dependent
                && builder.Find(row.ReferencedClassId, row.ReferencedObjectId, row.ReferencedSubId) is { } referenced
                && dependent != referenced)
            {
                edges.Add(new Dependency(dependent, referenced));
            }
        }

        return [.. edges.Order()];
    }

    private ObjectRef? Find(uint classId, uint objectId, int subId) => classId switch
    {
        // pg_class holds relations and indexes; a sub-object is a column (a sequence's and an index's are
        // nothing the model has).
        PgClass when subId == 0 => relations.GetValueOrDefault(objectId),
        PgClass => columns.GetValueOrDefault((objectId, subId)),
        PgType => types.GetValueOrDefault(objectId),
        PgProc => routines.GetValueOrDefault(objectId),
        PgConstraint => constraints.GetValueOrDefault(objectId),
        PgTrigger => triggers.GetValueOrDefault(objectId),
        PgPolicy => policies.GetValueOrDefault(objectId),
        PgCollation => collations.GetValueOrDefault(objectId),
        _ => null,
    };

    private void AddMembers<TRow>(
        IEnumerable<TRow> rows, ObjectRefKind kind, Func<TRow, (uint Oid, uint RelationOid, string Name)> identity, Dictionary<uint, ObjectRef> into)
    {
        foreach (var row in rows)
        {
            var (oid, relationOid, name) = identity(row);
            if (relations.TryGetValue(relationOid, out var relation))
            {
                into[oid] = new ObjectRef(kind, relation.Name, name);
            }
        }
    }

    private static ObjectRefKind RelationKind(string relkind) => relkind switch
    {
        "r" or "p" => ObjectRefKind.Table,
        "v" => ObjectRefKind.View,
        "m" => ObjectRefKind.MaterializedView,
        "c" => ObjectRefKind.Type,
        _ => throw new CatalogReadException($"relations.sql returned a relation kind the reader does not know: '{relkind}'"),
    };
}
