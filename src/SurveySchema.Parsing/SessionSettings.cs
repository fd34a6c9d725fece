using System.Collections.Immutable;

namespace SurveySchema.Parsing;

/// <summary>The session settings a statement runs under: the <c>SET</c>, <c>RESET</c> and
/// <c>SELECT pg_catalog.set_config(…)</c> statements written before it in its file, in file order, as psql
/// would have run them (each file starts from the server's defaults). Apply with <c>RESET ALL</c> followed
/// by <see cref="Statements"/>.</summary>
/// <remarks>Equal when the statements are equal, so that two statements under the same settings (of one
/// file, or of two files that set the same) need no switch between them.</remarks>
public sealed class SessionSettings : IEquatable<SessionSettings>
{
    private readonly string _key;

    public SessionSettings(ImmutableArray<string> statements)
    {
        Statements = statements.IsDefault ? [] : statements;
        _key = string.Join("\u0001", Statements);
    }

    /// <summary>The server's defaults: nothing set.</summary>
    public static SessionSettings Defaults { get; } = new([]);

    /// <summary>The setting statements, as written (without the semicolon).</summary>
    public ImmutableArray<string> Statements { get; }

    public bool IsDefaults => Statements.IsEmpty;

    /// <summary>These settings followed by <paramref name="statement"/>.</summary>
    public SessionSettings With(string statement) => new(Statements.Add(statement));

    public bool Equals(SessionSettings? other) => other is not null && string.Equals(_key, other._key, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is SessionSettings other && Equals(other);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_key);

    public override string ToString() => IsDefaults ? "(server defaults)" : string.Join("; ", Statements);
}
