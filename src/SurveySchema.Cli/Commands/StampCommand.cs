using System.CommandLine;
using SurveySchema.Revisions;

namespace SurveySchema.Cli.Commands;

/// <summary><c>stamp REV</c>: record REV as the target's revision without running anything: adopts a database
/// built by other means (an Alembic-era one), or records a repair made by hand. <c>stamp base</c> clears it.</summary>
internal static class StampCommand
{
    public static Command Create()
    {
        var revision = new Argument<string>("REV") { Description = "The revision the database's schema matches (id, 'head' or 'base')" };
        var lockTimeout = RevisionConsole.LockTimeoutOption();
        var command = new Command("stamp", "Record a revision in the target's history without running it");
        command.Arguments.Add(revision);
        command.Options.Add(lockTimeout);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            if (RevisionConsole.LoadChain(parseResult) is not { } chain)
            {
                return ExitCodes.Refused;
            }

            await using var database = await RevisionConsole.OpenTargetAsync(parseResult, cancellationToken, lockTimeout);
            var runner = new RevisionRunner(chain, database.ConnectionString, RevisionConsole.RunnerOptions(parseResult, lockTimeout, "stamped"));
            var outcome = await runner.StampAsync(parseResult.GetValue(revision)!, cancellationToken);
            if (outcome is { Status: RunStatus.Succeeded, Completed.IsEmpty: false })
            {
                await parseResult.InvocationConfiguration.Output.WriteLineAsync(
                    $"stamped {outcome.EndName} on {database.Display} (recorded without running it; was {outcome.StartName})");
            }

            return RevisionConsole.Finish(parseResult, outcome);
        });
        return command;
    }
}
