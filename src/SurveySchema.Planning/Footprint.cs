namespace SurveySchema.Planning;

/// <summary>What a step does to the objects around it, as typed keys (<see cref="FootprintKey"/>); the ordering
/// graph is built from these alone.</summary>
/// <remarks>
/// <list type="bullet">
/// <item><b>Creates</b>: the object exists after the step. <b>Needs</b>: the step makes something that
/// depends on the object, or uses it: it runs after whatever creates or replaces the object.</item>
/// <item><b>Removes</b>: the object is gone after the step. <b>Releases</b>: the step drops something that
/// depends on the object: it runs before whatever removes or replaces the object.</item>
/// <item><b>Replaces</b>: the object changes in a way its dependents do not survive (ALTER COLUMN TYPE
/// under a view): dependents are dropped before and created after.</item>
/// </list>
/// </remarks>
internal sealed class Footprint
{
    public HashSet<FootprintKey> Creates { get; } = [];

    public HashSet<FootprintKey> Needs { get; } = [];

    public HashSet<FootprintKey> Removes { get; } = [];

    public HashSet<FootprintKey> Releases { get; } = [];

    public HashSet<FootprintKey> Replaces { get; } = [];

    /// <summary>The column whose attribute ops keep their relative order (default, not null, identity, type).</summary>
    public FootprintKey? ColumnChain { get; set; }

    public static FootprintKey Schema(string name) => new(FootprintKind.Schema, new QualifiedName(name, ""));

    public static FootprintKey Relation(QualifiedName name) => new(FootprintKind.Relation, name);

    public static FootprintKey Column(QualifiedName table, string column) => new(FootprintKind.Column, table, column);

    public static FootprintKey Constraint(QualifiedName table, string name) => new(FootprintKind.Constraint, table, name);

    /// <summary>An index by its schema and name: an index is a relation of its table's schema.</summary>
    public static FootprintKey Index(QualifiedName table, string name) => new(FootprintKind.Index, table with { Name = name });

    public static FootprintKey UniqueKey(QualifiedName table, IEnumerable<string> columns) =>
        new(FootprintKind.UniqueKey, table, Columns: columns.ToEquatableArray());

    public static FootprintKey Type(QualifiedName name) => new(FootprintKind.Type, name);

    /// <summary>A routine by name and identity arguments: f(integer) and f(text) are different objects, so a
    /// signature change can create the new one before dropping the old one its users still need.</summary>
    public static FootprintKey Function(QualifiedName name, string identityArguments) => new(FootprintKind.Function, name, identityArguments);

    public static FootprintKey Collation(QualifiedName name) => new(FootprintKind.Collation, name);

    public static FootprintKey Trigger(QualifiedName table, string name) => new(FootprintKind.Trigger, table, name);

    public static FootprintKey Policy(QualifiedName table, string name) => new(FootprintKind.Policy, table, name);

    /// <summary>A role (cluster-wide); only CreateRole creates one, nothing removes one.</summary>
    public static FootprintKey Role(string name) => new(FootprintKind.Role, new QualifiedName("", name));

    /// <summary>An enum's labels: a step using the type runs after the labels added by the plan are committed
    /// (PostgreSQL refuses a new label before its ADD VALUE commits).</summary>
    public static FootprintKey Labels(QualifiedName type) => new(FootprintKind.Labels, type);

    /// <summary>The <see cref="Labels"/> key of a <see cref="Type"/> key; null for any other key.</summary>
    public static FootprintKey? LabelsOf(FootprintKey key) =>
        key.Kind == FootprintKind.Type ? key with { Kind = FootprintKind.Labels } : null;

    /// <summary>A constraint once validated: a step relying on the proof runs after the VALIDATE commits.</summary>
    public static FootprintKey Validated(QualifiedName table, string name) => new(FootprintKind.Validated, table, name);

    public static FootprintKey NotNull(QualifiedName table, string column) => new(FootprintKind.NotNull, table, column);

    /// <summary>A table's place as a partition: DETACH takes it away before ATTACH gives it again.</summary>
    public static FootprintKey Partition(QualifiedName table) => new(FootprintKind.Partition, table);

    /// <summary>All extensions: created before any other object, dropped after every other drop.</summary>
    public static readonly FootprintKey Extensions = new(FootprintKind.Extensions, new QualifiedName("", ""));
}
