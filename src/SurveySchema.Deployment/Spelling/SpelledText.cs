using SurveySchema.Model;

namespace SurveySchema.Deployment.Spelling;

/// <summary>Whether two versions of one object differ in text that PostgreSQL deparses (<c>pg_get_expr</c>,
/// <c>pg_get_constraintdef</c>, <c>pg_get_indexdef</c>, <c>pg_get_triggerdef</c>, <c>pg_get_viewdef</c>,
/// <c>pg_get_functiondef</c>…): only such a difference can vanish in a re-spelling round trip, so only such an
/// object is worth one (<see cref="SpellingScope.Candidates"/>).</summary>
/// <remarks>What a round trip cannot change is left out: a column's type (<c>format_type</c> prints one type one
/// way), NOT NULL, identity, options, owners, comments, privileges, and any part present on one side only (a
/// missing column, constraint or index is not spelled into existence). A part present on both sides whose text
/// differs counts whatever the reason, so a real change of a CHECK still takes the round trip, which then leaves
/// it as drift: this test only saves round trips that could not remove anything.</remarks>
internal static class SpelledText
{
    public static bool Differs(Table live, Table desired) =>
        Text(live.PartitionKey, desired.PartitionKey)
        || Text(live.PartitionOf?.Bound, desired.PartitionOf?.Bound)
        || Paired(live.Columns, desired.Columns, c => c.Name, (a, b) => Text(a.Default, b.Default) || Text(a.Generated, b.Generated))
        || Paired(live.Constraints, desired.Constraints, c => c.Name, (a, b) => Text(a.Definition, b.Definition))
        || Paired(live.Indexes, desired.Indexes, i => i.Name, IndexDiffers)
        || Paired(live.Triggers, desired.Triggers, t => t.Name, (a, b) => Text(a.Definition, b.Definition))
        || Paired(live.Policies, desired.Policies, p => p.Name, (a, b) => Text(a.Using, b.Using) || Text(a.WithCheck, b.WithCheck));

    /// <summary>Views, types, functions and aggregates hold expression text in most of what they are (a query, a
    /// body, argument defaults, a domain's checks), so any difference counts but their owner, comments and privileges.</summary>
    public static bool Differs(View live, View desired) => !Equals(Plain(live), Plain(desired));

    /// <inheritdoc cref="Differs(View, View)"/>
    public static bool Differs(UserDefinedType live, UserDefinedType desired) =>
        !Equals(
            live with { Owner = null, Comment = null, Grants = default, Attributes = PlainColumns(live.Attributes) },
            desired with { Owner = null, Comment = null, Grants = default, Attributes = PlainColumns(desired.Attributes) });

    /// <inheritdoc cref="Differs(View, View)"/>
    public static bool Differs(Function live, Function desired) =>
        !Equals(live with { Owner = null, Comment = null, Grants = default }, desired with { Owner = null, Comment = null, Grants = default });

    /// <inheritdoc cref="Differs(View, View)"/>
    public static bool Differs(Aggregate live, Aggregate desired) =>
        !Equals(live with { Comment = null, Grants = default }, desired with { Comment = null, Grants = default });

    private static bool IndexDiffers(TableIndex live, TableIndex desired) =>
        Text(live.Definition, desired.Definition)
        || Text(live.Predicate, desired.Predicate)
        || (!live.Keys.IsEmpty && !desired.Keys.IsEmpty && !live.Keys.Equals(desired.Keys));

    /// <summary>Text on both sides that differs; text on one side only is a part added or removed, not spelling.</summary>
    private static bool Text(string? live, string? desired) =>
        !string.IsNullOrEmpty(live) && !string.IsNullOrEmpty(desired) && !string.Equals(live, desired, StringComparison.Ordinal);

    /// <summary>True when a part named alike on both sides differs as <paramref name="differs"/> says.</summary>
    private static bool Paired<T>(EquatableArray<T> live, EquatableArray<T> desired, Func<T, string> name, Func<T, T, bool> differs)
    {
        if (live.IsEmpty || desired.IsEmpty)
        {
            return false;
        }

        var wanted = desired.ToDictionary(name, StringComparer.Ordinal);
        return live.Any(part => wanted.TryGetValue(name(part), out var other) && !Equals(part, other) && differs(part, other));
    }

    private static View Plain(View view) =>
        view with { Owner = null, Comment = null, Grants = default, Columns = PlainColumns(view.Columns) };

    private static EquatableArray<Column> PlainColumns(EquatableArray<Column> columns) =>
        columns.Select(c => c with { Comment = null, Grants = default }).ToEquatableArray();
}
