namespace SurveySchema.Model;

/// <summary>An enum, domain or composite type created by the schema. Identity: <see cref="Name"/>.
/// Base, range and pseudo types, and the row types tables carry implicitly, are not listed.</summary>
public sealed record UserDefinedType(QualifiedName Name, TypeKind Kind)
{
    /// <summary>Enum labels in their sort order (never alphabetical: the order is the type's meaning).</summary>
    public EquatableArray<string> EnumLabels { get; init; }

    /// <summary>Set for domains.</summary>
    public Domain? Domain { get; init; }

    /// <summary>Set for range types: the options of <c>CREATE TYPE … AS RANGE (…)</c> as <c>pg_range</c> holds
    /// them (subtype, operator class and collation when not the subtype's default, canonical and subtype_diff
    /// functions, multirange type name).</summary>
    public string? RangeOptions { get; init; }

    /// <summary>Composite attributes in order (name, type, collation, comment).</summary>
    public EquatableArray<Column> Attributes { get; init; }

    /// <summary>USAGE grants (<c>pg_type.typacl</c>); PUBLIC holds USAGE until someone revokes it.</summary>
    public EquatableArray<Grant> Grants { get; init; }

    /// <summary>The owning role when it is not the role that reads the catalog (the one that deploys): objects a
    /// project leaves without OWNER TO belong to whoever runs it, on the live side as in the shadow.</summary>
    public string? Owner { get; init; }

    public string? Comment { get; init; }
}

/// <summary>Which CREATE TYPE / CREATE DOMAIN form.</summary>
public enum TypeKind
{
    Enum,
    Domain,
    Composite,
    Range,
}

/// <summary>A domain's base type and rules.</summary>
/// <param name="BaseType"><c>format_type</c> of the base type, e.g. <c>numeric(10,3)</c>.</param>
public sealed record Domain(string BaseType)
{
    /// <summary>Default expression (<c>pg_get_expr</c>).</summary>
    public string? Default { get; init; }

    public bool NotNull { get; init; }

    /// <summary>SQL-ready collation name when it differs from the base type's.</summary>
    public string? Collation { get; init; }

    /// <summary>CHECK constraints by name.</summary>
    public EquatableArray<DomainCheck> Checks { get; init; }
}

/// <summary>A domain's CHECK constraint.</summary>
/// <param name="Definition"><c>pg_get_constraintdef</c>, e.g. <c>CHECK ((VALUE &gt; (0)::numeric))</c>.</param>
public sealed record DomainCheck(string Name, string Definition)
{
    /// <summary>False while NOT VALID.</summary>
    public bool Validated { get; init; } = true;

    public string? Comment { get; init; }
}
