namespace SurveySchema.Model;

/// <summary>A schema-qualified object name, as stored in the catalog (unquoted, case preserved).</summary>
/// <remarks>The identity of tables, views, sequences, types and (with their argument types) functions.
/// Ordering is ordinal, schema first, so it never depends on the server's or the machine's locale.</remarks>
public readonly record struct QualifiedName(string Schema, string Name) : IComparable<QualifiedName>
{
    public int CompareTo(QualifiedName other)
    {
        var bySchema = string.CompareOrdinal(Schema, other.Schema);
        return bySchema != 0 ? bySchema : string.CompareOrdinal(Name, other.Name);
    }

    public static bool operator <(QualifiedName left, QualifiedName right) => left.CompareTo(right) < 0;

    public static bool operator >(QualifiedName left, QualifiedName right) => left.CompareTo(right) > 0;

    public static bool operator <=(QualifiedName left, QualifiedName right) => left.CompareTo(right) <= 0;

    public static bool operator >=(QualifiedName left, QualifiedName right) => left.CompareTo(right) >= 0;

    /// <summary><c>schema.name</c> for messages; not quoted, so not for SQL.</summary>
    public override string ToString() => Schema + "." + Name;
}
