namespace SurveySchema.Diff;

/// <summary>CREATE TRIGGER from <see cref="Trigger.Definition"/>, then its enabled state when not the default.</summary>
public sealed record CreateTrigger(QualifiedName Table, Trigger Trigger) : TableOperation(Table)
{
    public override string Describe() => "create trigger " + Trigger.Name;
}

/// <summary>DROP TRIGGER … ON ….</summary>
public sealed record DropTrigger(QualifiedName Table, Trigger Trigger) : TableOperation(Table)
{
    public override string Describe() => "drop trigger " + Trigger.Name;
}

/// <summary>ALTER TABLE … ENABLE/DISABLE [REPLICA|ALWAYS] TRIGGER ….</summary>
public sealed record SetTriggerEnabled(QualifiedName Table, string Trigger, TriggerEnabled Enabled) : TableOperation(Table)
{
    public override string Describe() => $"set trigger {Trigger} {Enabled.ToString().ToLowerInvariant()}";
}
