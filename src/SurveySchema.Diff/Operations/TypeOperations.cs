namespace SurveySchema.Diff;

/// <summary>CREATE TYPE … AS ENUM / AS (…), or CREATE DOMAIN.</summary>
public sealed record CreateType(UserDefinedType Type) : Operation
{
    public override string Subject => "type " + Type.Name;

    public override string Describe() => $"create {Type.Kind.ToString().ToLowerInvariant()} {Type.Name}";
}

/// <summary>DROP TYPE / DROP DOMAIN.</summary>
public sealed record DropType(UserDefinedType Type) : Operation
{
    /// <summary>The type is the old one a recreation renamed aside: dropped after the columns moved off it.</summary>
    public bool Aside { get; init; }

    public override string Subject => "type " + Type.Name;

    public override string Describe() => $"drop {Type.Kind.ToString().ToLowerInvariant()} {Type.Name}";
}

/// <summary>ALTER TYPE … ADD VALUE … [BEFORE|AFTER …]. PostgreSQL cannot remove a label: a removed or
/// reordered label makes the differ recreate the type instead.</summary>
public sealed record AddEnumValue(QualifiedName Type, string Value, string? Before, string? After) : Operation
{
    public override string Subject => "type " + Type;

    public override string Describe() => $"add value '{Value}' to enum {Type}";
}

/// <summary>ALTER TYPE … RENAME TO …: the first step of recreating an enum whose labels were removed.</summary>
public sealed record RenameType(QualifiedName Type, string To) : Operation
{
    public override string Subject => "type " + Type;

    public override string Describe() => $"rename type {Type} to {To}";
}

/// <summary>ALTER DOMAIN in place (the base type and collation stay): default, NOT NULL, and CHECK constraints
/// dropped and added by name. Columns of the domain keep it; a new CHECK or NOT NULL is checked against them.</summary>
public sealed record AlterDomain(QualifiedName Type, Domain From, Domain To) : Operation
{
    public override string Subject => "type " + Type;

    public override string Describe() => $"alter domain {Type}";
}

/// <summary>ALTER TYPE … DROP ATTRIBUTE / ADD ATTRIBUTE on a composite type, which PostgreSQL allows while columns
/// use the type (dropping and creating it again does not).</summary>
public sealed record AlterCompositeAttributes(QualifiedName Type, EquatableArray<Column> Dropped, EquatableArray<Column> Added) : Operation
{
    public override string Subject => "type " + Type;

    public override string Describe() =>
        $"alter type {Type}: " + string.Join(", ", Dropped.Select(a => "drop " + a.Name).Concat(Added.Select(a => "add " + a.Name)));
}
