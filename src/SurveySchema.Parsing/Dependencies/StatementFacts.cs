using System.Collections.Immutable;

namespace SurveySchema.Parsing.Dependencies;

/// <summary>How strictly a reference is checked when nothing in the project declares its target.</summary>
internal enum ReferenceCheck
{
    /// <summary>An error unless built in (pg_catalog) or provided by a declared extension.</summary>
    MustExist,

    /// <summary>Only orders statements when the target is declared (roles, objects named inside function bodies).</summary>
    OrderingOnly,
}

/// <summary>A declared object. Implicit objects are the ones PostgreSQL names itself (an unnamed primary
/// key's <c>t_pkey</c>, a serial column's sequence): they satisfy references but are not checked for
/// duplicates, since PostgreSQL picks another name on a clash.</summary>
internal sealed record CreatedObject(SchemaObjectName Name, int? Offset, bool Implicit = false);

/// <summary>A name a statement uses; <see cref="Offset"/> is the byte offset of the name in the statement.
/// <see cref="ForeignKeyOffset"/> is set on the target of a foreign key declared inside CREATE TABLE: the
/// byte offset of that constraint, which is what the cycle breaker splits out.</summary>
internal sealed record ObjectReference(SchemaObjectName Target, int? Offset, ReferenceCheck Check = ReferenceCheck.MustExist)
{
    public int? ForeignKeyOffset { get; init; }

    /// <summary>Written without a schema: a built-in (pg_catalog) object of that name satisfies it.</summary>
    public bool IsUnqualified { get; init; }
}

/// <summary>What one statement creates and what it references.</summary>
internal sealed record StatementFacts(ImmutableArray<CreatedObject> Creates, ImmutableArray<ObjectReference> References)
{
    public static StatementFacts Empty { get; } = new([], []);
}
