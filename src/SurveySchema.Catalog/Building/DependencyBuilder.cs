using SurveySchema.Catalog.Rows;
using SurveySchema.Model;

namespace SurveySchema.Catalog.Building;

/// <summary>Turns dependencies.sql's edges, catalog identities, into the model's typed edges: each side is named
/// through the OIDs the other queries returned, and an edge with a side the reader did not read (a system
/// object, an extension member) is left out.</summary>
/// <remarks>Every object the edges can name is numbered once, as it is read from the snapshot, and the edges are
/// deduplicated and sorted as pairs of numbers: hashing and comparing names, two per edge, was most of this
/// builder's time at 5 000 tables (90 000 edges). The numbering is one object per number because the catalog's
/// names are unique where the model's are (one relation per schema and name, one constraint per table and name…).</remarks>
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

    private const int None = -1;

    /// <summary>The objects, by number.</summary>
    private readonly List<ObjectRef> objects = [];

    // Numbers by OID, one map per catalog (pg_class holds relations and indexes).
    private readonly Dictionary<uint, int> relations = [];

    /// <summary>By relation OID and attnum as one key (<see cref="ColumnKey"/>), cheaper to hash than a tuple.</summary>
    private readonly Dictionary<ulong, int> columns = [];
    private readonly Dictionary<uint, int> types = [];
    private readonly Dictionary<uint, int> routines = [];
    private readonly Dictionary<uint, int> constraints = [];
    private readonly Dictionary<uint, int> triggers = [];
    private readonly Dictionary<uint, int> policies = [];
    private readonly Dictionary<uint, int> collations = [];

    private DependencyBuilder(CatalogSnapshot snapshot)
    {
        foreach (var row in snapshot.Relations)
        {
            relations[row.Oid] = Add(new ObjectRef(RelationKind(row.Kind), new QualifiedName(row.Schema, row.Name)));
        }

        foreach (var row in snapshot.Sequences)
        {
            relations[row.Oid] = Add(new ObjectRef(ObjectRefKind.Sequence, new QualifiedName(row.Schema, row.Name)));
        }

        // Members of a relation (column, index, constraint, trigger, policy) are named by their relation; a
        // composite type's attributes are the type itself.
        foreach (var row in snapshot.Columns)
        {
            if (relations.TryGetValue(row.RelationOid, out var relation))
            {
                var owner = objects[relation];
                columns[ColumnKey(row.RelationOid, row.AttNum)] = owner.Kind == ObjectRefKind.Type
                    ? relation
                    : Add(new ObjectRef(ObjectRefKind.Column, owner.Name, row.Name));
            }
        }

        AddMembers(snapshot.Indexes, ObjectRefKind.Index, r => (r.Oid, r.RelationOid, r.Name), relations);
        AddMembers(snapshot.Constraints, ObjectRefKind.Constraint, r => (r.Oid, r.RelationOid, r.Name), constraints);
        AddMembers(snapshot.Triggers, ObjectRefKind.Trigger, r => (r.Oid, r.RelationOid, r.Name), triggers);
        AddMembers(snapshot.Policies, ObjectRefKind.Policy, r => (r.Oid, r.RelationOid, r.Name), policies);

        // A composite type is read as a relation too (relkind 'c'); dependencies.sql names it by its relation.
        foreach (var row in snapshot.Types.Where(t => t.RelationOid == 0))
        {
            types[row.Oid] = Add(new ObjectRef(ObjectRefKind.Type, new QualifiedName(row.Schema, row.Name)));
        }

        foreach (var row in snapshot.Functions)
        {
            var kind = row.Kind == "p" ? ObjectRefKind.Procedure : ObjectRefKind.Function;
            routines[row.Oid] = Add(new ObjectRef(kind, new QualifiedName(row.Schema, row.Name), row.IdentityArguments));
        }

        foreach (var row in snapshot.Aggregates)
        {
            routines[row.Oid] = Add(new ObjectRef(ObjectRefKind.Aggregate, new QualifiedName(row.Schema, row.Name), row.IdentityArguments));
        }

        foreach (var row in snapshot.Collations)
        {
            collations[row.Oid] = Add(new ObjectRef(ObjectRefKind.Collation, new QualifiedName(row.Schema, row.Name)));
        }
    }

    public static EquatableArray<Dependency> Build(CatalogSnapshot snapshot)
    {
        var builder = new DependencyBuilder(snapshot);
        var objects = builder.objects;

        // Two pg_depend rows can name one edge (the attributes of a composite type, which are the type, on one
        // other type), and two identities one object (a composite type's attribute and the type).
        var pairs = new HashSet<ulong>();
        foreach (var row in snapshot.Dependencies)
        {
            var dependent = builder.Find(row.ClassId, row.ObjectId, row.SubId);
            var referenced = builder.Find(row.ReferencedClassId, row.ReferencedObjectId, row.ReferencedSubId);
            if (dependent != None && referenced != None && dependent != referenced)
            {
                pairs.Add(Pair(dependent, referenced));
            }
        }

        // The model's order (Dependency.CompareTo) is its dependent's order, then its referenced object's: rank the
        // objects the edges name, then sort the pairs by rank.
        var named = pairs.SelectMany(p => new[] { First(p), Second(p) }).Distinct().ToArray();
        Array.Sort(named, (a, b) => objects[a].CompareTo(objects[b]));
        var rank = new int[objects.Count];
        for (var i = 0; i < named.Length; i++)
        {
            rank[named[i]] = i;
        }

        var ranked = pairs.Select(p => Pair(rank[First(p)], rank[Second(p)])).ToArray();
        Array.Sort(ranked);
        return [.. ranked.Select(p => new Dependency(objects[named[First(p)]], objects[named[Second(p)]]))];
    }

    private int Find(uint classId, uint objectId, int subId) => classId switch
    {
        // A sub-object of pg_class is a column (a sequence's and an index's are nothing the model has).
        PgClass when subId == 0 => relations.GetValueOrDefault(objectId, None),
        PgClass => columns.GetValueOrDefault(ColumnKey(objectId, subId), None),
        PgType => types.GetValueOrDefault(objectId, None),
        PgProc => routines.GetValueOrDefault(objectId, None),
        PgConstraint => constraints.GetValueOrDefault(objectId, None),
        PgTrigger => triggers.GetValueOrDefault(objectId, None),
        PgPolicy => policies.GetValueOrDefault(objectId, None),
        PgCollation => collations.GetValueOrDefault(objectId, None),
        _ => None,
    };

    private int Add(ObjectRef reference)
    {
        objects.Add(reference);
        return objects.Count - 1;
    }

    private void AddMembers<TRow>(
        IEnumerable<TRow> rows, ObjectRefKind kind, Func<TRow, (uint Oid, uint RelationOid, string Name)> identity, Dictionary<uint, int> into)
    {
        foreach (var row in rows)
        {
            var (oid, relationOid, name) = identity(row);
            if (relations.TryGetValue(relationOid, out var relation))
            {
                into[oid] = Add(new ObjectRef(kind, objects[relation].Name, name));
            }
        }
    }

    private static ulong Pair(int first, int second) => ((ulong)(uint)first << 32) | (uint)second;

    private static int First(ulong pair) => (int)(pair >> 32);

    private static int Second(ulong pair) => (int)(uint)pair;

    private static ulong ColumnKey(uint relationOid, int attNum) => ((ulong)relationOid << 16) | (ushort)attNum;

    private static ObjectRefKind RelationKind(string relkind) => relkind switch
    {
        "r" or "p" => ObjectRefKind.Table,
        "v" => ObjectRefKind.View,
        "m" => ObjectRefKind.MaterializedView,
        "c" => ObjectRefKind.Type,
        _ => throw new CatalogReadException($"relations.sql returned a relation kind the reader does not know: '{relkind}'"),
    };
}
