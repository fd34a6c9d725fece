using System.Runtime.CompilerServices;

namespace SurveySchema.Model;

/// <summary>Puts every collection of a model in its one canonical order, so equal schemas give equal
/// records, byte-identical JSON and the same fingerprint whatever order they were built in.</summary>
/// <remarks>Sorting is ordinal: a database's collation or the machine's culture must not change the order.
/// Sequences whose order carries meaning keep it: columns and attributes (by ordinal), enum labels,
/// constraint and index key columns, inheritance parents.</remarks>
internal static class CanonicalOrder
{
    /// <summary>Models this class put in order, by instance: ordering one again returns it as it is. Every stage
    /// canonicalises what it is given (the cache read, the role read, the spelling comparison, the planner), and at
    /// thousands of tables each pass copies every record. A model made from one with <c>with</c> is a new instance,
    /// so it is ordered afresh.</summary>
    private static readonly ConditionalWeakTable<DatabaseModel, object> Ordered = [];

    private static readonly object Mark = new();

    public static DatabaseModel Apply(DatabaseModel model)
    {
        if (Ordered.TryGetValue(model, out _))
        {
            return model;
        }

        var ordered = Order(model);
        Ordered.AddOrUpdate(ordered, Mark);
        return ordered;
    }

    /// <summary>Records that <paramref name="model"/> is already in canonical order, so that ordering it again returns
    /// it as it is. Only for a model its maker knows to be ordered: one read back from bytes this build wrote in
    /// canonical order (<see cref="CanonicalModelFile"/>), or one derived from an ordered model without
    /// breaking the order (the fingerprint's copy, whose columns are in name order with equal ordinals, which a
    /// stable sort by ordinal keeps).</summary>
    public static DatabaseModel MarkOrdered(DatabaseModel model)
    {
        Ordered.AddOrUpdate(model, Mark);
        return model;
    }

    private static DatabaseModel Order(DatabaseModel model) => model with
    {
        Schemas = Sort(model.Schemas.Select(s => s with { Grants = Order(s.Grants) }), s => s.Name),
        Extensions = Sort(model.Extensions, e => e.Name),
        Types = Kept(Each(model.Types, Apply), (a, b) => a.Name.CompareTo(b.Name), types => types.OrderBy(t => t.Name)),
        Sequences = Kept(
            Each(model.Sequences, s => Same(s.Grants, Order(s.Grants), out var grants) ? s : s with { Grants = grants }),
            (a, b) => a.Name.CompareTo(b.Name),
            sequences => sequences.OrderBy(s => s.Name)),
        Tables = Kept(Each(model.Tables, Apply), (a, b) => a.Name.CompareTo(b.Name), tables => tables.OrderBy(t => t.Name)),
        Views = Kept(Each(model.Views, Apply), (a, b) => a.Name.CompareTo(b.Name), views => views.OrderBy(v => v.Name)),
        Functions = Kept(
            Each(model.Functions, f => Same(f.Grants, Order(f.Grants), out var grants) ? f : f with { Grants = grants }),
            (a, b) => a.Name.CompareTo(b.Name) is var byName and not 0 ? byName : string.CompareOrdinal(a.IdentityArguments, b.IdentityArguments),
            functions => functions.OrderBy(f => f.Name).ThenBy(f => f.IdentityArguments, StringComparer.Ordinal)),
        Aggregates = [.. model.Aggregates
            .Select(a => a with { Grants = Order(a.Grants) })
            .OrderBy(a => a.Name)
            .ThenBy(a => a.IdentityArguments, StringComparer.Ordinal)],
        Collations = [.. model.Collations.OrderBy(c => c.Name)],
        Dependencies = Kept(model.Dependencies, (a, b) => a.CompareTo(b), dependencies => dependencies.Distinct().Order(), distinct: true),
        Roles = Sort(model.Roles.Select(r => r with { MemberOf = Sort(r.MemberOf.Distinct(), m => m.Role) }), r => r.Name),
        DefaultPrivileges = [.. model.DefaultPrivileges
            .Select(d => d with { Grants = Order(d.Grants) })
            .OrderBy(d => d.Role, StringComparer.Ordinal)
            .ThenBy(d => d.Schema ?? "", StringComparer.Ordinal)
            .ThenBy(d => d.Schema is not null)
            .ThenBy(d => d.Objects)],
    };

    // The tables, views and types, and everything in them, are most of a model: a part already in order is kept
    // as it is (the same instance) instead of being copied into an equal one, so ordering a model read from a
    // catalog or a cache file, which mostly arrive in order, copies little.
    private static Table Apply(Table table)
    {
        var columns = Order(table.Columns);
        var constraints = Sort(table.Constraints, c => c.Name);
        var indexes = Sort(table.Indexes, i => i.Name);
        var triggers = Sort(table.Triggers, t => t.Name);
        var policies = Sort(Each(table.Policies, p => Same(p.Roles, Sort(p.Roles, r => r), out var roles) ? p : p with { Roles = roles }), p => p.Name);
        var options = Sort(table.Options, o => o);
        var grants = Order(table.Grants);
        return Same(table.Columns, columns, out _) && Same(table.Constraints, constraints, out _) && Same(table.Indexes, indexes, out _)
            && Same(table.Triggers, triggers, out _) && Same(table.Policies, policies, out _) && Same(table.Options, options, out _)
            && Same(table.Grants, grants, out _)
            ? table
            : table with
            {
                Columns = columns,
                Constraints = constraints,
                Indexes = indexes,
                Triggers = triggers,
                Policies = policies,
                Options = options,
                Grants = grants,
            };
    }

    private static View Apply(View view)
    {
        var columns = Order(view.Columns);
        var indexes = Sort(view.Indexes, i => i.Name);
        var triggers = Sort(view.Triggers, t => t.Name);
        var options = Sort(view.Options, o => o);
        var grants = Order(view.Grants);
        return Same(view.Columns, columns, out _) && Same(view.Indexes, indexes, out _) && Same(view.Triggers, triggers, out _)
            && Same(view.Options, options, out _) && Same(view.Grants, grants, out _)
            ? view
            : view with { Columns = columns, Indexes = indexes, Triggers = triggers, Options = options, Grants = grants };
    }

    private static UserDefinedType Apply(UserDefinedType type) => type with
    {
        Attributes = Order(type.Attributes),
        Grants = Order(type.Grants),
        Domain = type.Domain is null ? null : type.Domain with { Checks = Sort(type.Domain.Checks, c => c.Name) },
    };

    private static EquatableArray<Column> Order(EquatableArray<Column> columns) => Kept(
        Each(columns, c => Same(c.Grants, Order(c.Grants), out var grants) ? c : c with { Grants = grants }),
        (a, b) => a.Ordinal.CompareTo(b.Ordinal),
        ordered => ordered.OrderBy(c => c.Ordinal));

    private static EquatableArray<Grant> Order(EquatableArray<Grant> grants) => Kept(
        grants,
        (a, b) => string.CompareOrdinal(a.Grantee, b.Grantee) is var byGrantee and not 0 ? byGrantee
            : string.CompareOrdinal(a.Privilege, b.Privilege) is var byPrivilege and not 0 ? byPrivilege
            : a.Grantable.CompareTo(b.Grantable),
        ordered => ordered.Distinct()
            .OrderBy(g => g.Grantee, StringComparer.Ordinal)
            .ThenBy(g => g.Privilege, StringComparer.Ordinal)
            .ThenBy(g => g.Grantable),
        distinct: true);

    private static EquatableArray<T> Sort<T>(IEnumerable<T> items, Func<T, string> key) =>
        [.. items.OrderBy(key, StringComparer.Ordinal)];

    private static EquatableArray<T> Sort<T>(EquatableArray<T> items, Func<T, string> key) =>
        Kept(items, (a, b) => string.CompareOrdinal(key(a), key(b)), ordered => ordered.OrderBy(key, StringComparer.Ordinal));

    /// <summary><paramref name="items"/> as they are when <paramref name="compare"/> finds every item in order after the
    /// one before it (strictly after, when the full ordering also drops duplicates), else <paramref name="order"/>'s
    /// result. The full ordering is a stable sort by the same comparison, so on items already in order it would
    /// give the same sequence: keeping them only saves the copy.</summary>
    private static EquatableArray<T> Kept<T>(
        EquatableArray<T> items, Comparison<T> compare, Func<IEnumerable<T>, IEnumerable<T>> order, bool distinct = false)
    {
        var span = items.Items.AsSpan();
        for (var i = 1; i < span.Length; i++)
        {
            var comparison = compare(span[i - 1], span[i]);
            if (comparison > 0 || (distinct && comparison == 0))
            {
                return [.. order(items)];
            }
        }

        return items;
    }

    /// <summary><paramref name="apply"/> on every item; the same array when it returned every item itself.</summary>
    private static EquatableArray<T> Each<T>(EquatableArray<T> items, Func<T, T> apply)
        where T : class
    {
        var span = items.Items.AsSpan();
        for (var i = 0; i < span.Length; i++)
        {
            var applied = apply(span[i]);
            if (!ReferenceEquals(applied, span[i]))
            {
                var copy = new T[span.Length];
                span[..i].CopyTo(copy);
                copy[i] = applied;
                for (var j = i + 1; j < span.Length; j++)
                {
                    copy[j] = apply(span[j]);
                }

                return [.. copy];
            }
        }

        return items;
    }

    /// <summary>Whether <paramref name="ordered"/> is <paramref name="original"/> itself (the same array, not only equal
    /// items); hands <paramref name="ordered"/> on for the copy when it is not.</summary>
    private static bool Same<T>(EquatableArray<T> original, EquatableArray<T> ordered, out EquatableArray<T> result)
    {
        result = ordered;
        return original.Items == ordered.Items;
    }
}
