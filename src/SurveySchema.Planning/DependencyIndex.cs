using SurveySchema.Diff;

namespace SurveySchema.Planning;

/// <summary>The dependency edges of both models as <see cref="FootprintKey"/>s: a step that creates an object needs what
/// the object uses in the desired model; a step that drops one releases what it used in the current model.
/// The edges come from the catalog (<c>pg_depend</c>), so nothing here reads SQL text.</summary>
internal sealed class DependencyIndex
{
    private readonly DependencyGraph current;
    private readonly DependencyGraph desired;
    private readonly ILookup<ColumnReference, QualifiedName> owned;
    private readonly Dictionary<QualifiedName, QualifiedName> renamedTypes;

    /// <param name="renamedTypes">Types the plan renames (an enum set aside to be recreated): the columns the plan
    /// converts use the type under its new name by then.</param>
    public DependencyIndex(DatabaseModel current, DatabaseModel desired, IEnumerable<RenameType> renamedTypes)
    {
        this.current = DependencyGraph.Of(current);
        this.desired = DependencyGraph.Of(desired);
        owned = current.Sequences.Where(s => s.OwnedBy is not null).ToLookup(s => s.OwnedBy!, s => s.Name);
        this.renamedTypes = renamedTypes.ToDictionary(r => r.Type, r => r.Type with { Name = r.To });
    }

    /// <summary>Keys of what <paramref name="created"/> uses in the desired model (the step creating it runs after them).</summary>
    public IEnumerable<FootprintKey> Needs(ObjectRef created) => desired.Uses(created).Select(Key);

    /// <summary>Keys of what <paramref name="dropped"/> used in the current model (the step dropping it runs before
    /// whatever drops or replaces them).</summary>
    public IEnumerable<FootprintKey> Releases(ObjectRef dropped) => current.Uses(dropped).Select(Key);

    /// <summary>As <see cref="Releases"/>, for a step that runs after the plan's type renames (a column converted
    /// off an enum that was set aside): the types it releases under their new names.</summary>
    public IEnumerable<FootprintKey> ReleasesAfterRenames(ObjectRef dropped) =>
        current.Uses(dropped)
            .Select(r => r.Kind == ObjectRefKind.Type && renamedTypes.TryGetValue(r.Name, out var aside) ? r with { Name = aside } : r)
            .Select(Key);

    /// <summary>Keys of the sequences <paramref name="table"/>'s <paramref name="column"/> owns at the start: dropping
    /// the column (or its table) drops them too. When a step moves one to another owner first, this only adds an
    /// ordering edge that was not needed.</summary>
    public IEnumerable<FootprintKey> SequencesOwnedBy(QualifiedName table, string column) =>
        owned[new ColumnReference(table, column)].Select(Footprint.Relation);

    public static ObjectRef Column(QualifiedName table, string column) => new(ObjectRefKind.Column, table, column);

    public static ObjectRef Relation(QualifiedName name) => new(ObjectRefKind.Table, name);

    public static ObjectRef Routine(Function function) => new(ObjectRefKind.Function, function.Name, function.IdentityArguments);

    /// <summary>The footprint key of an object an edge names.</summary>
    public static FootprintKey Key(ObjectRef reference) => DependencyGraph.Normal(reference) switch
    {
        { Kind: ObjectRefKind.Table } r => Footprint.Relation(r.Name),
        { Kind: ObjectRefKind.Column } r => Footprint.Column(r.Name, r.Member!),
        { Kind: ObjectRefKind.Index } r => Footprint.Index(r.Name, r.Member!),
        { Kind: ObjectRefKind.Constraint } r => Footprint.Constraint(r.Name, r.Member!),
        { Kind: ObjectRefKind.Trigger } r => Footprint.Trigger(r.Name, r.Member!),
        { Kind: ObjectRefKind.Policy } r => Footprint.Policy(r.Name, r.Member!),
        { Kind: ObjectRefKind.Type } r => Footprint.Type(r.Name),
        { Kind: ObjectRefKind.Function } r => Footprint.Function(r.Name, r.Member ?? ""),
        { Kind: ObjectRefKind.Collation } r => Footprint.Collation(r.Name),
        var r => throw new ArgumentException($"a dependency edge does not name a {r.Kind}", nameof(reference)),
    };
}
