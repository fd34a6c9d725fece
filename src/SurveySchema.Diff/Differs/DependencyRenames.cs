namespace SurveySchema.Diff.Differs;

/// <summary>Declared renames applied to the current model's dependency edges, so the edges name objects as the
/// rest of the diff sees them (PostgreSQL's edges follow a rename by themselves: they hold OIDs).</summary>
internal static class DependencyRenames
{
    public static EquatableArray<Dependency> Table(EquatableArray<Dependency> edges, QualifiedName from, QualifiedName to) =>
        [.. edges.Select(e => new Dependency(Table(e.Dependent, from, to), Table(e.Referenced, from, to)))];

    public static EquatableArray<Dependency> Column(EquatableArray<Dependency> edges, QualifiedName table, string from, string to) =>
        [.. edges.Select(e => new Dependency(Column(e.Dependent, table, from, to), Column(e.Referenced, table, from, to)))];

    private static ObjectRef Table(ObjectRef reference, QualifiedName from, QualifiedName to) =>
        reference.Name == from && reference.Kind is not (ObjectRefKind.Type or ObjectRefKind.Function or ObjectRefKind.Procedure
            or ObjectRefKind.Aggregate or ObjectRefKind.Collation)
            ? reference with { Name = to }
            : reference;

    private static ObjectRef Column(ObjectRef reference, QualifiedName table, string from, string to) =>
        reference.Kind == ObjectRefKind.Column && reference.Name == table && reference.Member == from ? reference with { Member = to } : reference;
}
