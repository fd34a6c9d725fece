using SurveySchema.Model;

namespace SurveySchema.Deployment.Spelling;

/// <summary>Which objects a re-spelling round trip concerns, and the smallest model that can hold them: the
/// objects that exist on both sides but differ (tables, views, functions, types, aggregates: the kinds that
/// carry expression text PostgreSQL deparses), plus everything they need, found through the model's own
/// <c>pg_depend</c> edges, inheritance and partition parents, foreign key targets and sequence owners.</summary>
/// <remarks>Privileges and policy roles are left out of the scratch copy: the roles they name may not exist on
/// the scratch server, and privileges hold no expression text. They are put back from the original objects
/// (<see cref="Restore"/>), with the column positions, so a round trip changes nothing but spelling.</remarks>
internal static class SpellingScope
{
    /// <summary>The top-level objects present on both sides whose records differ in text PostgreSQL deparses
    /// (<see cref="SpelledText"/>): a difference anywhere else cannot be spelling, and an empty list means no
    /// round trip and no scratch database at all.</summary>
    public static IReadOnlyList<ObjectRef> Candidates(DatabaseModel live, DatabaseModel desired)
    {
        var candidates = new List<ObjectRef>();
        candidates.AddRange(Differing(live.Tables, desired.Tables, t => t.Name, SpelledText.Differs).Select(t => new ObjectRef(ObjectRefKind.Table, t.Name)));
        candidates.AddRange(Differing(live.Views, desired.Views, v => v.Name, SpelledText.Differs).Select(v => new ObjectRef(v.Kind == ViewKind.Materialized ? ObjectRefKind.MaterializedView : ObjectRefKind.View, v.Name)));
        candidates.AddRange(Differing(live.Types, desired.Types, t => t.Name, SpelledText.Differs).Select(t => new ObjectRef(ObjectRefKind.Type, t.Name)));
        candidates.AddRange(Differing(live.Functions, desired.Functions, f => (f.Name, f.IdentityArguments), SpelledText.Differs)
            .Select(f => new ObjectRef(ObjectRefKind.Function, f.Name, f.IdentityArguments)));
        candidates.AddRange(Differing(live.Aggregates, desired.Aggregates, a => (a.Name, a.IdentityArguments), SpelledText.Differs)
            .Select(a => new ObjectRef(ObjectRefKind.Function, a.Name, a.IdentityArguments)));
        return candidates;
    }

    /// <summary>The part of <paramref name="model"/> that <paramref name="seeds"/> need to be created: the seeds,
    /// what they use (transitively), every schema and extension; without privileges, roles and default
    /// privileges (see the remarks on <see cref="SpellingScope"/>).</summary>
    public static DatabaseModel SubModel(DatabaseModel model, IEnumerable<ObjectRef> seeds)
    {
        var needed = Closure(model, seeds);
        bool Has(ObjectRefKind kind, QualifiedName name, string? member = null) => needed.Contains(new ObjectRef(kind, name, member));
        return new DatabaseModel
        {
            Schemas = model.Schemas.Select(s => s with { Grants = default }).ToEquatableArray(),
            Extensions = model.Extensions,
            Types = model.Types.Where(t => Has(ObjectRefKind.Type, t.Name)).Select(t => t with { Grants = default }).ToEquatableArray(),
            Sequences = model.Sequences.Where(s => Has(ObjectRefKind.Table, s.Name)).Select(s => s with { Grants = default }).ToEquatableArray(),
            Tables = model.Tables.Where(t => Has(ObjectRefKind.Table, t.Name)).Select(Strip).ToEquatableArray(),
            Views = model.Views.Where(v => Has(ObjectRefKind.Table, v.Name))
                .Select(v => v with { Grants = default, Columns = v.Columns.Select(c => c with { Grants = default }).ToEquatableArray() })
                .ToEquatableArray(),
            Functions = model.Functions.Where(f => Has(ObjectRefKind.Function, f.Name, f.IdentityArguments)).Select(f => f with { Grants = default }).ToEquatableArray(),
            Aggregates = model.Aggregates.Where(a => Has(ObjectRefKind.Function, a.Name, a.IdentityArguments)).Select(a => a with { Grants = default }).ToEquatableArray(),
            Collations = model.Collations.Where(c => Has(ObjectRefKind.Collation, c.Name)).ToEquatableArray(),
            Dependencies = model.Dependencies.Where(d => needed.Contains(Owner(d.Dependent)) && needed.Contains(Owner(d.Referenced))).ToEquatableArray(),
        }.ToCanonical();
    }

    /// <summary>The model with the object <paramref name="reference"/> names taken from <paramref name="respelled"/>
    /// (the scratch copy's read-back), its privileges, policy roles and column positions put back from
    /// <paramref name="model"/>'s own. Unchanged when the read-back lacks the object.</summary>
    public static DatabaseModel Restore(DatabaseModel model, DatabaseModel respelled, ObjectRef reference) => DependencyGraph.Normal(reference).Kind switch
    {
        ObjectRefKind.Table when model.Tables.FirstOrDefault(t => t.Name == reference.Name) is { } table =>
            respelled.Tables.FirstOrDefault(t => t.Name == table.Name) is { } copy
                ? model with { Tables = Replace(model.Tables, table, RestoreTable(copy, table)) }
                : model,
        ObjectRefKind.Table when model.Views.FirstOrDefault(v => v.Name == reference.Name) is { } view =>
            respelled.Views.FirstOrDefault(v => v.Name == view.Name) is { } copy
                ? model with { Views = Replace(model.Views, view, copy with { Grants = view.Grants, Columns = RestoreColumns(copy.Columns, view.Columns) }) }
                : model,
        ObjectRefKind.Type when model.Types.FirstOrDefault(t => t.Name == reference.Name) is { } type =>
            respelled.Types.FirstOrDefault(t => t.Name == type.Name) is { } copy
                ? model with { Types = Replace(model.Types, type, copy with { Grants = type.Grants }) }
                : model,
        ObjectRefKind.Function when model.Functions.FirstOrDefault(f => f.Name == reference.Name && f.IdentityArguments == reference.Member) is { } function =>
            respelled.Functions.FirstOrDefault(f => f.Name == function.Name && f.IdentityArguments == function.IdentityArguments) is { } copy
                ? model with { Functions = Replace(model.Functions, function, copy with { Grants = function.Grants }) }
                : model,
        ObjectRefKind.Function when model.Aggregates.FirstOrDefault(a => a.Name == reference.Name && a.IdentityArguments == reference.Member) is { } aggregate =>
            respelled.Aggregates.FirstOrDefault(a => a.Name == aggregate.Name && a.IdentityArguments == aggregate.IdentityArguments) is { } copy
                ? model with { Aggregates = Replace(model.Aggregates, aggregate, copy with { Grants = aggregate.Grants }) }
                : model,
        _ => model,
    };

    /// <summary>A model holding only the object <paramref name="reference"/> names (empty when absent): what the
    /// differ compares to judge one object before and after its round trip.</summary>
    public static DatabaseModel Only(DatabaseModel model, ObjectRef reference) => DependencyGraph.Normal(reference).Kind switch
    {
        ObjectRefKind.Table => new DatabaseModel
        {
            Tables = model.Tables.Where(t => t.Name == reference.Name).ToEquatableArray(),
            Views = model.Views.Where(v => v.Name == reference.Name).ToEquatableArray(),
        },
        ObjectRefKind.Type => new DatabaseModel { Types = model.Types.Where(t => t.Name == reference.Name).ToEquatableArray() },
        ObjectRefKind.Function => new DatabaseModel
        {
            Functions = model.Functions.Where(f => f.Name == reference.Name && f.IdentityArguments == reference.Member).ToEquatableArray(),
            Aggregates = model.Aggregates.Where(a => a.Name == reference.Name && a.IdentityArguments == reference.Member).ToEquatableArray(),
        },
        _ => DatabaseModel.Empty,
    };

    /// <summary>An edge's end as the top-level object it belongs to: a column, index, constraint, trigger or
    /// policy as its relation; every relation kind as a table, every routine kind as a function (the name spaces
    /// PostgreSQL shares, see <see cref="DependencyGraph.Normal"/>); a routine keeps its identity arguments.</summary>
    private static ObjectRef Owner(ObjectRef reference)
    {
        if (DependencyGraph.IsMember(reference))
        {
            return new ObjectRef(ObjectRefKind.Table, reference.Name);
        }

        var normal = DependencyGraph.Normal(reference);
        return normal.Kind == ObjectRefKind.Function ? normal : normal with { Member = null };
    }

    private static HashSet<ObjectRef> Closure(DatabaseModel model, IEnumerable<ObjectRef> seeds)
    {
        var uses = model.Dependencies.ToLookup(d => Owner(d.Dependent), d => Owner(d.Referenced));
        var tables = model.Tables.ToDictionary(t => t.Name);
        var sequences = model.Sequences.ToDictionary(s => s.Name);
        var needed = new HashSet<ObjectRef>();
        var pending = new Stack<ObjectRef>(seeds.Select(Owner));
        while (pending.TryPop(out var current))
        {
            if (!needed.Add(current))
            {
                continue;
            }

            foreach (var used in uses[current])
            {
                pending.Push(used);
            }

            // What a table needs that pg_depend does not say as an edge between model objects.
            if (current.Kind == ObjectRefKind.Table && tables.TryGetValue(current.Name, out var table))
            {
                foreach (var parent in table.Inherits)
                {
                    pending.Push(new ObjectRef(ObjectRefKind.Table, parent));
                }

                if (table.PartitionOf is { } partition)
                {
                    pending.Push(new ObjectRef(ObjectRefKind.Table, partition.Parent));
                }

                foreach (var foreignKey in table.Constraints.Select(c => c.ForeignKey).OfType<ForeignKey>())
                {
                    pending.Push(new ObjectRef(ObjectRefKind.Table, foreignKey.ReferencedTable));
                }
            }

            if (current.Kind == ObjectRefKind.Table && sequences.TryGetValue(current.Name, out var sequence) && sequence.OwnedBy is { } owner)
            {
                pending.Push(new ObjectRef(ObjectRefKind.Table, owner.Table));
            }
        }

        return needed;
    }

    private static Table Strip(Table table) => table with
    {
        Grants = default,
        Columns = table.Columns.Select(c => c with { Grants = default }).ToEquatableArray(),
        Policies = table.Policies.Select(p => p with { Roles = default }).ToEquatableArray(),
    };

    private static Table RestoreTable(Table copy, Table original) => copy with
    {
        Grants = original.Grants,
        Columns = RestoreColumns(copy.Columns, original.Columns),
        Policies = copy.Policies
            .Select(p => original.Policies.FirstOrDefault(o => o.Name == p.Name) is { } own ? p with { Roles = own.Roles } : p)
            .ToEquatableArray(),
    };

    private static EquatableArray<Column> RestoreColumns(EquatableArray<Column> copy, EquatableArray<Column> original) => copy
        .Select(c => original.FirstOrDefault(o => o.Name == c.Name) is { } own ? c with { Grants = own.Grants, Ordinal = own.Ordinal } : c)
        .ToEquatableArray();

    private static IEnumerable<T> Differing<T, TKey>(EquatableArray<T> live, EquatableArray<T> desired, Func<T, TKey> key, Func<T, T, bool> spelledDiffers)
        where TKey : notnull
    {
        var wanted = desired.ToDictionary(key);
        return live.Where(item => wanted.TryGetValue(key(item), out var other) && !Equals(item, other) && spelledDiffers(item, other));
    }

    private static EquatableArray<T> Replace<T>(EquatableArray<T> items, T old, T replacement) =>
        items.Select(item => ReferenceEquals(item, old) ? replacement : item).ToEquatableArray();
}
