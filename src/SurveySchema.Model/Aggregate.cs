using System.Text.Json.Serialization;

namespace SurveySchema.Model;

/// <summary>An aggregate (CREATE AGGREGATE). Identity: <see cref="Name"/> and <see cref="IdentityArguments"/>,
/// like a function's, since aggregates and functions share one name space and overload by argument types.</summary>
/// <remarks>Held as the pg_aggregate columns CREATE AGGREGATE sets, not as SQL text: PostgreSQL has no
/// pg_get_aggregatedef, and the scripting stage spells the statement back from these columns. Support
/// functions are names only: PostgreSQL finds the overload from the state and argument types.</remarks>
/// <param name="IdentityArguments"><c>pg_get_function_identity_arguments</c>: <c>numeric</c>,
/// <c>double precision ORDER BY anyelement</c> for an ordered-set aggregate, empty for <c>agg(*)</c>.</param>
public sealed record Aggregate(QualifiedName Name, string IdentityArguments)
{
    public AggregateKind Kind { get; init; } = AggregateKind.Normal;

    /// <summary><c>pg_get_function_arguments</c>: the argument list with names and modes, as CREATE AGGREGATE takes it.</summary>
    public string Arguments { get; init; } = "";

    /// <summary>SFUNC.</summary>
    public QualifiedName StateFunction { get; init; }

    /// <summary>STYPE, as <c>format_type</c> spells it.</summary>
    public string StateType { get; init; } = "";

    /// <summary>SSPACE; 0 when not declared.</summary>
    public int StateSpace { get; init; }

    /// <summary>FINALFUNC.</summary>
    public QualifiedName? FinalFunction { get; init; }

    /// <summary>FINALFUNC_EXTRA.</summary>
    public bool FinalExtra { get; init; }

    /// <summary>FINALFUNC_MODIFY.</summary>
    public AggregateModify FinalModify { get; init; } = AggregateModify.ReadOnly;

    /// <summary>COMBINEFUNC.</summary>
    public QualifiedName? CombineFunction { get; init; }

    /// <summary>SERIALFUNC.</summary>
    public QualifiedName? SerialFunction { get; init; }

    /// <summary>DESERIALFUNC.</summary>
    public QualifiedName? DeserialFunction { get; init; }

    /// <summary>INITCOND, as text.</summary>
    public string? InitialCondition { get; init; }

    /// <summary>The moving-aggregate mode (MSFUNC, MINVFUNC, MSTYPE, …), when declared.</summary>
    public MovingAggregate? Moving { get; init; }

    /// <summary>SORTOP: the operator's schema and name (<c>pg_catalog</c>, <c>&gt;</c>).</summary>
    public QualifiedName? SortOperator { get; init; }

    public ParallelSafety Parallel { get; init; } = ParallelSafety.Unsafe;

    /// <summary>EXECUTE privileges, as for functions (PUBLIC holds EXECUTE until revoked).</summary>
    public EquatableArray<Grant> Grants { get; init; }

    public string? Comment { get; init; }

    /// <summary><c>schema.name(identity arguments)</c>, for messages and as a lookup key.</summary>
    [JsonIgnore]
    public string Signature => $"{Name}({IdentityArguments})";
}

/// <summary>The moving-aggregate support of an aggregate usable as a window function.</summary>
public sealed record MovingAggregate(QualifiedName StateFunction, QualifiedName InverseFunction, string StateType)
{
    /// <summary>MSSPACE; 0 when not declared.</summary>
    public int StateSpace { get; init; }

    /// <summary>MFINALFUNC.</summary>
    public QualifiedName? FinalFunction { get; init; }

    /// <summary>MFINALFUNC_EXTRA.</summary>
    public bool FinalExtra { get; init; }

    /// <summary>MFINALFUNC_MODIFY.</summary>
    public AggregateModify FinalModify { get; init; } = AggregateModify.ReadOnly;

    /// <summary>MINITCOND, as text.</summary>
    public string? InitialCondition { get; init; }
}

/// <summary><c>aggkind</c>: a normal, ordered-set (<c>WITHIN GROUP</c>) or hypothetical-set aggregate.</summary>
public enum AggregateKind
{
    Normal,
    OrderedSet,
    Hypothetical,
}

/// <summary>FINALFUNC_MODIFY: whether the final function leaves the state alone.</summary>
public enum AggregateModify
{
    ReadOnly,
    Shareable,
    ReadWrite,
}

/// <summary>PARALLEL SAFE, RESTRICTED or UNSAFE.</summary>
public enum ParallelSafety
{
    Safe,
    Restricted,
    Unsafe,
}
