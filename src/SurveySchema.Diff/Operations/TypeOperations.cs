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

/// <summary>ALTER TYPE … ADD / DROP / ALTER ATTRIBUTE …, … of a composite type, in place and in one statement (so
/// added attributes keep their declared order): unlike DROP TYPE it works while functions use the type, and (adding
/// or dropping) while table columns hold it.</summary>
public sealed record AlterTypeAttributes(QualifiedName Type, EquatableArray<AttributeChange> Changes) : Operation
{
    public override string Subject => "type " + Type;

    public override string Describe() => $"alter type {Type}: " + string.Join(", ", Changes.Select(c => (c.From, c.To) switch
    {
        (null, { } to) => $"add attribute {to.Name} {to.Type}",
        ({ } from, null) => $"drop attribute {from.Name}",
        (_, { } to) => $"alter attribute {to.Name} type {to.Type}",
        _ => "nothing",
    }));
}

/// <summary>One attribute of <see cref="AlterTypeAttributes"/>: added (<see cref="From"/> null), dropped
/// (<see cref="To"/> null) or given a new type or collation.</summary>
public sealed record AttributeChange(Column? From, Column? To);

/// <summary>ALTER DOMAIN … SET DEFAULT / DROP DEFAULT.</summary>
public sealed record SetDomainDefault(QualifiedName Type, string? Default) : Operation
{
    public override string Subject => "type " + Type;

    public override string Describe() => Default is null ? $"drop default of domain {Type}" : $"set default of domain {Type} to {Default}";
}

/// <summary>ALTER DOMAIN … SET NOT NULL / DROP NOT NULL.</summary>
public sealed record SetDomainNotNull(QualifiedName Type, bool NotNull) : Operation
{
    public override string Subject => "type " + Type;

    public override string Describe() => $"{(NotNull ? "set" : "drop")} not null on domain {Type}";
}

/// <summary>ALTER DOMAIN … ADD CONSTRAINT … CHECK (…) [NOT VALID]: PostgreSQL checks every column of the
/// domain unless NOT VALID.</summary>
public sealed record AddDomainCheck(QualifiedName Type, DomainCheck Check) : Operation
{
    public override string Subject => "type " + Type;

    public override string Describe() => $"add check {Check.Name} to domain {Type}";
}

/// <summary>ALTER DOMAIN … DROP CONSTRAINT.</summary>
public sealed record DropDomainCheck(QualifiedName Type, DomainCheck Check) : Operation
{
    public override string Subject => "type " + Type;

    public override string Describe() => $"drop check {Check.Name} from domain {Type}";
}
