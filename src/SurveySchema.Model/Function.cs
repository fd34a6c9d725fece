using System.Text.Json.Serialization;

namespace SurveySchema.Model;

/// <summary>A function or procedure (aggregates are <see cref="Aggregate"/>s). Identity: <see cref="Name"/> and
/// <see cref="IdentityArguments"/>, since PostgreSQL overloads by input argument types.</summary>
/// <param name="IdentityArguments"><c>pg_get_function_identity_arguments</c>, e.g. <c>p_id uuid, p_limit integer</c>.</param>
public sealed record Function(QualifiedName Name, string IdentityArguments)
{
    public FunctionKind Kind { get; init; } = FunctionKind.Function;

    /// <summary><c>pg_get_function_arguments</c>: the full argument list with modes and defaults.</summary>
    public string Arguments { get; init; } = "";

    /// <summary><c>pg_get_function_result</c>, e.g. <c>trigger</c>, <c>SETOF public.projects</c>; null for procedures.</summary>
    public string? Result { get; init; }

    public string Language { get; init; } = "sql";

    public Volatility Volatility { get; init; } = Volatility.Volatile;

    /// <summary>STRICT (RETURNS NULL ON NULL INPUT).</summary>
    public bool Strict { get; init; }

    public bool SecurityDefiner { get; init; }

    /// <summary><c>pg_get_functiondef</c>: the complete CREATE OR REPLACE statement, body included.</summary>
    public string Definition { get; init; } = "";

    public EquatableArray<Grant> Grants { get; init; }

    /// <summary>The owning role when it is not the role that reads the catalog (the one that deploys): objects a
    /// project leaves without OWNER TO belong to whoever runs it, on the live side as in the shadow.</summary>
    public string? Owner { get; init; }

    public string? Comment { get; init; }

    /// <summary><c>schema.name(identity arguments)</c>, for messages and as a lookup key.</summary>
    [JsonIgnore]
    public string Signature => $"{Name}({IdentityArguments})";
}

/// <summary><c>prokind</c> other than aggregate.</summary>
public enum FunctionKind
{
    Function,
    Procedure,
    Window,
}

/// <summary>IMMUTABLE, STABLE or VOLATILE.</summary>
public enum Volatility
{
    Immutable,
    Stable,
    Volatile,
}
