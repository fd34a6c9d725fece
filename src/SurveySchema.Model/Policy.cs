namespace SurveySchema.Model;

/// <summary>A row level security policy. Identity: <see cref="Name"/> within its table.</summary>
public sealed record Policy(string Name)
{
    public PolicyCommand Command { get; init; } = PolicyCommand.All;

    /// <summary>PERMISSIVE (the default) or RESTRICTIVE.</summary>
    public bool Permissive { get; init; } = true;

    /// <summary>Role names, sorted; <c>PUBLIC</c> when the policy applies to everyone.</summary>
    public EquatableArray<string> Roles { get; init; }

    /// <summary>USING (…) expression.</summary>
    public string? Using { get; init; }

    /// <summary>WITH CHECK (…) expression.</summary>
    public string? WithCheck { get; init; }

    public string? Comment { get; init; }
}

/// <summary>FOR ALL / SELECT / INSERT / UPDATE / DELETE.</summary>
public enum PolicyCommand
{
    All,
    Select,
    Insert,
    Update,
    Delete,
}
