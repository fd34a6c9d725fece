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

    /// <summary>Marks <paramref name="model"/> as ordered without sorting it: for a model read back from bytes this
    /// build wrote in canonical order (<see cref="ModelJson.ReadCanonicalFile"/>), which sorting would only copy.</summary>
    public static DatabaseModel AlreadyOrdered(DatabaseModel model)
    {
        Ordered.AddOrUpdate(model, Mark);
        return model;
    }

    private static DatabaseModel Order(DatabaseModel model) => model with
    {
        Schemas = Sort(model.Schemas.Select(s => s with { Grants = Order(s.Grants) }), s => s.Name),
        Extensions = Sort(model.Extensions, e => e.Name),
        Types = [.. model.Types.Select(Apply).OrderBy(t => t.Name)],
        Sequences = [.. model.Sequences.Select(s => s with { Grants = Order(s.Grants) }).OrderBy(s => s.Name)],
        Tables = [.. model.Tables.Select(Apply).OrderBy(t => t.Name)],
        Views = [.. model.Views.Select(Apply).OrderBy(v => v.Name)],
        Functions = [.. model.Functions
            .Select(f => f with { Grants = Order(f.Grants) })
            .OrderBy(f => f.Name)
            .ThenBy(f => f.IdentityArguments, StringComparer.Ordinal)],
        Aggregates = [.. model.Aggregates
            .Select(a => a with { Grants = Order(a.Grants) })
            .OrderBy(a => a.Name)
            .ThenBy(a => a.IdentityArguments, StringComparer.Ordinal)],
        Collations = [.. model.Collations.OrderBy(c => c.Name)],
        Dependencies = [.. model.Dependencies.Distinct().Order()],
        Roles = Sort(model.Roles.Select(r => r with { MemberOf = Sort(r.MemberOf.Distinct(), m => m.Role) }), r => r.Name),
        DefaultPrivileges = [.. model.DefaultPrivileges
            .Select(d => d with { Grants = Order(d.Grants) })
            .OrderBy(d => d.Role, StringComparer.Ordinal)
            .ThenBy(d => d.Schema ?? "", StringComparer.Ordinal)
            .ThenBy(d => d.Schema is not null)
            .ThenBy(d => d.Objects)],
    };

    private static Table Apply(Table table) => table with
    {
        Columns = Order(table.Columns),
        Constraints = Sort(table.Constraints, c => c.Name),
        Indexes = Sort(table.Indexes, i => i.Name),
        Triggers = Sort(table.Triggers, t => t.Name),
        Policies = Sort(table.Policies.Select(p => p with { Roles = Sort(p.Roles, r => r) }), p => p.Name),
        Options = Sort(table.Options, o => o),
        Grants = Order(table.Grants),
    };

    private static View Apply(View view) => view with
    {
        Columns = Order(view.Columns),
        Indexes = Sort(view.Indexes, i => i.Name),
        Triggers = Sort(view.Triggers, t => t.Name),
        Options = Sort(view.Options, o => o),
        Grants = Order(view.Grants),
    };

    private static UserDefinedType Apply(UserDefinedType type) => type with
    {
        Attributes = Order(type.Attributes),
        Grants = Order(type.Grants),
        Domain = type.Domain is null ? null : type.Domain with { Checks = Sort(type.Domain.Checks, c => c.Name) },
    };

    private static EquatableArray<Column> Order(EquatableArray<Column> columns) =>
        [.. columns.Select(c => c with { Grants = Order(c.Grants) }).OrderBy(c => c.Ordinal)];

    private static EquatableArray<Grant> Order(EquatableArray<Grant> grants) =>
        [.. grants.Distinct()
            .OrderBy(g => g.Grantee, StringComparer.Ordinal)
            .ThenBy(g => g.Privilege, StringComparer.Ordinal)
            .ThenBy(g => g.Grantable)];

    private static EquatableArray<T> Sort<T>(IEnumerable<T> items, Func<T, string> key) =>
        [.. items.OrderBy(key, StringComparer.Ordinal)];
}
