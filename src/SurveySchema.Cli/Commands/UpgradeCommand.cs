using System.CommandLine;
using SurveySchema.Revisions;

namespace SurveySchema.Cli.Commands;

/// <summary><c>upgrade [REV] [--sql] [--lock-timeout T]</c>: run the chain's up scripts to REV (default head).</summary>
internal static class UpgradeCommand
{
    public static Command Create()
    {
        var revision = new Argument<string?>("REV")
        {
            Description = "Target revision (id, 'head'); with --sql also FROM:TO (FROM defaults to base)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var sql = RevisionConsole.SqlOption();
        var lockTimeout = RevisionConsole.LockTimeoutOption();
        var command = new Command("upgrade", "Upgrade the target along the revision chain (default: to head)");
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
                if (RevisionConsole.OfflineRange(parseResult, chain, target, 0, _ => chain.Count) is not { } range)
                {
                    return ExitCodes.Error;
                }

                if (range.To < range.From)
                {
                    await parseResult.InvocationConfiguration.Error.WriteLineAsync(
                        $"error: {chain.NameAt(range.To)} is behind {chain.NameAt(range.From)}: use `surveyschema downgrade --sql {chain.NameAt(range.From)}:{chain.NameAt(range.To)}`");
                    return ExitCodes.Error;
                }

                await parseResult.InvocationConfiguration.Output.WriteAsync(
                    ScriptRenderer.Render(PlanBuilder.Upgrade(chain, range.From, range.To, RunIdentity.Current)));
                return ExitCodes.Success;
            }

            await using var database = await RevisionConsole.OpenTargetAsync(parseResult, cancellationToken);
            var runner = new RevisionRunner(chain, database.ConnectionString, RevisionConsole.RunnerOptions(parseResult, lockTimeout, "upgraded"));
            var outcome = await runner.UpgradeAsync(target, cancellationToken);
            if (outcome is { Status: RunStatus.Succeeded, Completed.IsEmpty: false })
            {
                await parseResult.InvocationConfiguration.Output.WriteLineAsync(
                    $"{database.Display}: at {outcome.EndName}{(outcome.EndName == chain.NameAt(chain.Count) ? " (head)" : "")}");
            }

            return RevisionConsole.Finish(parseResult, outcome);
        });
        return command;
    }
}
