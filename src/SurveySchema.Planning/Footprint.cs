namespace SurveySchema.Planning;

/// <summary>What a step does to the objects around it, as keys (<c>rel:public.projects</c>,
/// <c>col:public.projects.name</c>, …); the ordering graph is built from these alone.</summary>
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
    public HashSet<string> Creates { get; } = [];

    public HashSet<string> Needs { get; } = [];

    public HashSet<string> Removes { get; } = [];

    public HashSet<string> Releases { get; } = [];

    public HashSet<string> Replaces { get; } = [];

    /// <summary>The column whose attribute ops keep their relative order (default, not null, identity, type).</summary>
    public string? ColumnChain { get; set; }

    public static string Schema(string name) => "schema:" + name;

    public static string Relation(QualifiedName name) => "rel:" + name;

    public static string Column(QualifiedName table, string column) => $"col:{table}.{column}";

    public static string Constraint(QualifiedName table, string name) => $"con:{table}.{name}";

    public static string Index(QualifiedName table, string name) => $"idx:{table.Schema}.{name}";

    public static string UniqueKey(QualifiedName table, IEnumerable<string> columns) => $"key:{table}({string.Join(",", columns)})";

    public static string Type(QualifiedName name) => TypePrefix + name;

    /// <summary>A routine by name and identity arguments: f(integer) and f(text) are different objects, so a
    /// signature change can create the new one before dropping the old one its users still need.</summary>
    public static string Function(QualifiedName name, string identityArguments) => $"func:{name}({identityArguments})";

    public static string Collation(QualifiedName name) => CollationPrefix + name;

    public static bool IsCollation(string key) => key.StartsWith(CollationPrefix, StringComparison.Ordinal);

    public static string Trigger(QualifiedName table, string name) => $"trg:{table}.{name}";

    public static string Policy(QualifiedName table, string name) => $"pol:{table}.{name}";

    /// <summary>A role (cluster-wide); only CreateRole creates one, nothing removes one.</summary>
    public static string Role(string name) => "role:" + name;

    /// <summary>An enum's labels: a step using the type runs after the labels added by the plan are committed
    /// (PostgreSQL refuses a new label before its ADD VALUE commits).</summary>
    public static string Labels(QualifiedName type) => LabelsPrefix + type;

    /// <summary>The <see cref="Labels"/> key of a <see cref="Type"/> key; null for any other key.</summary>
    public static string? LabelsOf(string key) =>
        key.StartsWith(TypePrefix, StringComparison.Ordinal) ? LabelsPrefix + key[TypePrefix.Length..] : null;

    /// <summary>A constraint once validated: a step relying on the proof runs after the VALIDATE commits.</summary>
    public static string Validated(QualifiedName table, string name) => "valid:" + Constraint(table, name);

    public static string NotNull(QualifiedName table, string column) => $"notnull:{table}.{column}";

    /// <summary>A table's place as a partition: DETACH takes it away before ATTACH gives it again.</summary>
    public static string Partition(QualifiedName table) => "partition:" + table;

    /// <summary>All extensions: created before any other object, dropped after every other drop.</summary>
    public const string Extensions = "extensions";

    private const string TypePrefix = "type:";

    private const string LabelsPrefix = "labels:";

    private const string CollationPrefix = "coll:";
}
