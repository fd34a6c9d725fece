namespace SurveySchema.Model;

/// <summary>What kind of object an <see cref="ObjectRef"/> (a dependency edge's end) or a comment's or privilege's
/// target points at.</summary>
/// <remarks>Dependency edges name a domain and its constraints as <see cref="Type"/> (pg_depend does not tell them
/// apart); <see cref="Schema"/>, <see cref="Domain"/> and <see cref="DomainConstraint"/> serve COMMENT ON, GRANT and
/// REVOKE, whose SQL names them differently.</remarks>
public enum ObjectRefKind
{
    Schema,
    Table,
    Column,
    View,
    MaterializedView,
    Sequence,
    Index,
    Constraint,
    Trigger,
    Policy,

    /// <summary>An enum, domain, composite or range type (a domain's constraints and a composite's attributes
    /// are the type itself; a table's row type is the table).</summary>
    Type,

    /// <summary>A domain, as COMMENT ON DOMAIN and GRANT … ON DOMAIN name it.</summary>
    Domain,

    /// <summary>A domain's check constraint, as COMMENT ON CONSTRAINT … ON DOMAIN names it.</summary>
    DomainConstraint,
    Function,
    Procedure,
    Aggregate,
    Collation,
}

/// <summary>One object of the model, as a dependency edge names it.</summary>
/// <param name="Name">The object's qualified name; for a column, index, constraint, trigger or policy the
/// qualified name of its table (or view).</param>
/// <param name="Member">The column, index, constraint, trigger or policy name; a function's identity
/// arguments; null for the others.</param>
public sealed record ObjectRef(ObjectRefKind Kind, QualifiedName Name, string? Member = null) : IComparable<ObjectRef>
{
    public int CompareTo(ObjectRef? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byName = Name.CompareTo(other.Name);
        if (byName != 0)
        {
            return byName;
        }

        var byKind = Kind.CompareTo(other.Kind);
        return byKind != 0 ? byKind : string.CompareOrdinal(Member, other.Member);
    }

    /// <summary>For messages: <c>column public.t.c</c>, <c>function public.f(integer)</c>.</summary>
    public override string ToString() => Kind switch
    {
        ObjectRefKind.Function or ObjectRefKind.Procedure or ObjectRefKind.Aggregate => $"{Label} {Name}({Member})",
        _ when Member is not null => $"{Label} {Name}.{Member}",
        _ => $"{Label} {Name}",
    };

    private string Label => Kind == ObjectRefKind.MaterializedView ? "materialized view" : Kind.ToString().ToLowerInvariant();
}

/// <summary>An edge PostgreSQL records in <c>pg_depend</c>: <paramref name="Dependent"/> cannot exist without
/// <paramref name="Referenced"/> (a view without the column it selects, a foreign key without the unique index it
/// relies on, a default without its function). A fact about the two objects, not an object of its own: it takes
/// part in ordering the plan, never in deciding what differs (see <see cref="Fingerprint"/>).</summary>
public sealed record Dependency(ObjectRef Dependent, ObjectRef Referenced) : IComparable<Dependency>
{
    public int CompareTo(Dependency? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byDependent = Dependent.CompareTo(other.Dependent);
        return byDependent != 0 ? byDependent : Referenced.CompareTo(other.Referenced);
    }

    public override string ToString() => $"{Dependent} -> {Referenced}";
}
