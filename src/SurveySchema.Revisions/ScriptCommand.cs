using System.Collections.Immutable;

namespace SurveySchema.Revisions;

/// <summary>One item of a flattened plan. The runner executes these and the renderer prints them, so the
/// two cannot disagree about what runs.</summary>
public abstract record ScriptCommand;

/// <summary>A comment line: printed in an offline script, skipped by the runner.</summary>
public sealed record CommentCommand(string Text) : ScriptCommand;

/// <summary>A unit starts: BEGIN for a transactional unit, the no-transaction marker otherwise.</summary>
public sealed record BeginUnitCommand(PlanStep Step, PlanUnit Unit) : ScriptCommand;

public sealed record StatementCommand(PlanStep Step, PlanUnit Unit, PlannedStatement Statement) : ScriptCommand;

/// <summary>A unit ends: COMMIT for a transactional unit. <see cref="EndsStep"/> when it is the step's last.</summary>
public sealed record EndUnitCommand(PlanStep Step, PlanUnit Unit, bool EndsStep) : ScriptCommand;

internal static class PlanCommands
{
    public static ImmutableArray<ScriptCommand> Flatten(PlanKind kind, string fromName, string toName, ImmutableArray<PlanStep> steps)
    {
        var commands = ImmutableArray.CreateBuilder<ScriptCommand>();
        commands.Add(new CommentCommand($"surveyschema {RunIdentity.Current.ToolVersion}: {kind.ToString().ToLowerInvariant()} {fromName} -> {toName}"));
        foreach (var step in steps)
        {
            commands.Add(new CommentCommand(step.Title));
            for (var index = 0; index < step.Units.Length; index++)
            {
                var unit = step.Units[index];
                commands.Add(new BeginUnitCommand(step, unit));
                foreach (var statement in unit.Statements)
                {
                    commands.Add(new StatementCommand(step, unit, statement));
                }

                commands.Add(new EndUnitCommand(step, unit, index == step.Units.Length - 1));
            }
        }

        return commands.ToImmutable();
    }
}
