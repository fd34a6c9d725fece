using System.CommandLine;
using SurveySchema.Revisions;

namespace SurveySchema.Cli.Commands;

/// <summary><c>downgrade [REV] [--sql] [--lock-timeout T]</c>: run down scripts back to REV (default: one step;
/// <c>base</c>: all the way).</summary>
internal static class DowngradeCommand
{
    public static Command Create()
    {
        var revision = new Argument<string?>("REV")
        {
            Description = "Revision to go back to (id, 'base'; default one step back); with --sql also FROM:TO (FROM defaults to head)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var sql = RevisionConsole.SqlOption();
        var lockTimeout = RevisionConsole.LockTimeoutOption();
        var command = new Command("downgrade", "Downgrade the target along the revision chain (default: one revision back)");
        command.Arguments.Add(revision);
        command.Options.Add(sql);
        command.Options.Add(lockTimeout);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            if (RevisionConsole.LoadChain(parseResult) is not { } chain)
            {
                return ExitCodes.Refused;
            }

            var target = parseResult.GetValue(revision);
            if (parseResult.GetValue(sql))
            {
                if (RevisionConsole.OfflineRange(parseResult, chain, target, chain.Count, from => Math.Max(from - 1, 0)) is not { } range)
                {
                    return ExitCodes.Error;
                }

                if (range.To > range.From)
                {
                    await parseResult.InvocationConfiguration.Error.WriteLineAsync(
                        $"error: {chain.NameAt(range.To)} is ahead of {chain.NameAt(range.From)}: use `surveyschema upgrade --sql {chain.NameAt(range.From)}:{chain.NameAt(range.To)}`");
                    return ExitCodes.Error;
                }

                await parseResult.InvocationConfiguration.Output.WriteAsync(
                    ScriptRenderer.Render(PlanBuilder.Downgrade(chain, range.From, range.To, RunIdentity.Current)));
                return ExitCodes.Success;
            }

            await using var database = await RevisionConsole.OpenTargetAsync(parseResult, cancellationToken);
            var runner = new RevisionRunner(chain, database.ConnectionString, RevisionConsole.RunnerOptions(parseResult, lockTimeout, "downgraded"));
            var outcome = await runner.DowngradeAsync(target, cancellationToken);
            if (outcome is { Status: RunStatus.Succeeded, Completed.IsEmpty: false })
            {
                await parseResult.InvocationConfiguration.Output.WriteLineAsync($"{database.Display}: at {outcome.EndName}");
            }

            return RevisionConsole.Finish(parseResult, outcome);
        });
        return command;
    }
}
