namespace SurveySchema.Model;

/// <summary>A user trigger on a table or view. Identity: <see cref="Name"/> within its relation.</summary>
public sealed record Trigger(string Name)
{
    /// <summary><c>pg_get_triggerdef</c>: the full CREATE [CONSTRAINT] TRIGGER statement.</summary>
    public string Definition { get; init; } = "";

    public TriggerEnabled Enabled { get; init; } = TriggerEnabled.Origin;

    /// <summary>Cloned onto a partition from the partitioned table's trigger.</summary>
    public bool IsInherited { get; init; }

    public string? Comment { get; init; }
}

/// <summary><c>tgenabled</c>: when the trigger fires with respect to <c>session_replication_role</c>.</summary>
public enum TriggerEnabled
{
    /// <summary>The default: ENABLE TRIGGER.</summary>
    Origin,
    Disabled,
    Replica,
    Always,
}
