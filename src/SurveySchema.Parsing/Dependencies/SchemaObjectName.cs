namespace SurveySchema.Parsing.Dependencies;

/// <summary>An object a statement creates or references. <see cref="Schema"/> is null for objects outside
/// schemas (schemas, extensions, roles) and is <c>public</c> for unqualified names. Constraints, triggers,
/// policies and rules are named within <see cref="Table"/> (the qualified table name). Functions carry
/// their argument types in <see cref="Signature"/> when declared (overloads differ by it); references to
/// functions leave it null and match any overload. Names are as PostgreSQL stores them (unquoted
/// identifiers folded to lower case). <see cref="Label"/> names the kind for <see cref="SchemaObjectKind.Other"/>.</summary>
public sealed record SchemaObjectName(
    SchemaObjectKind Kind,
    string? Schema,
    string Name,
    string? Table = null,
    string? Signature = null,
    string? Label = null)
{
    public const string DefaultSchema = "public";

    /// <summary><c>schema.name</c>, or just the name for objects outside schemas.</summary>
    public string QualifiedName => Schema is null ? Name : $"{Schema}.{Name}";

    /// <summary>For messages: <c>table public.projects</c>, <c>constraint fk_x on public.points</c>, <c>function public.f(integer)</c>.</summary>
    public override string ToString()
    {
        var kind = Label ?? Kind.Describe();
        var name = Signature is null ? QualifiedName : $"{QualifiedName}({Signature})";
        return Table is null ? $"{kind} {name}" : $"{kind} {name} on {Table}";
    }

    /// <summary>Whether PostgreSQL would see the two as the same object: same name space (tables, views,
    /// sequences and indexes share one), schema, name, table and signature.</summary>
    public bool ConflictsWith(SchemaObjectName other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Key with { Label = Kind == SchemaObjectKind.Other ? Label : null } == other.Key with { Label = other.Kind == SchemaObjectKind.Other ? other.Label : null };
    }

    /// <summary>The identity under which two declarations conflict.</summary>
    internal ObjectKey Key => new(Kind.Namespace(), Label, Schema, Name, Table, Signature);
}

/// <summary>Identity of a declared object within its PostgreSQL name space.</summary>
internal readonly record struct ObjectKey(ObjectNamespace Namespace, string? Label, string? Schema, string Name, string? Table, string? Signature);
