using System.CommandLine;
using SurveySchema.Cli.Progress;
using SurveySchema.Revisions;

namespace SurveySchema.Cli.Commands;

/// <summary>What tells <c>upgrade</c> from <c>downgrade</c>; <see cref="WalkCommand"/> builds either from it.</summary>
/// <param name="Name">The command's name.</param>
/// <param name="Summary">The command's one-line help.</param>
/// <param name="RevisionHelp">The help of its REV argument.</param>
/// <param name="Verb">The progress word: <c>upgraded 0001 → 0002</c>.</param>
/// <param name="DefaultFrom">Where an offline script starts when REV names no FROM: base, or head.</param>
/// <param name="DefaultTo">Where it ends when REV names no TO, given the start: head, or one step back.</param>
/// <param name="Backwards">True when the walk goes to earlier revisions.</param>
/// <param name="Plan">The plan an offline script prints (<see cref="PlanBuilder"/>).</param>
/// <param name="Run">The runner's walk for an online run.</param>
internal sealed record WalkDirection(
    string Name,
    string Summary,
    string RevisionHelp,
    string Verb,
    Func<RevisionChain, int> DefaultFrom,
    Func<RevisionChain, int, int> DefaultTo,
    bool Backwards,
    Func<RevisionChain, int, int, RunIdentity, RevisionPlan> Plan,
    Func<RevisionRunner, string?, CancellationToken, Task<RunOutcome>> Run);

/// <summary><c>upgrade</c> and <c>downgrade</c>: <c>[REV] [--sql] [--lock-timeout T]</c>, online through the
/// runner or offline (<c>--sql</c>) through the same plan, differing only in their <see cref="WalkDirection"/>.</summary>
internal static class WalkCommand
{
    public static Command Create(WalkDirection walk)
    {
        var revision = new Argument<string?>("REV") { Description = walk.RevisionHelp, Arity = ArgumentArity.ZeroOrOne };
        var sql = RevisionConsole.SqlOption();
        var lockTimeout = RevisionConsole.LockTimeoutOption();
        var command = new Command(walk.Name, walk.Summary);
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
                return await PrintScriptAsync(parseResult, walk, chain, target);
            }

            await using var database = await RevisionConsole.OpenTargetAsync(parseResult, cancellationToken, lockTimeout);
            // Step n of m and the time elapsed: a bar on a terminal, timestamped lines on stderr elsewhere.
            var outcome = await ProgressConsole.RunAsync(parseResult, scope => walk.Run(
                new RevisionRunner(chain, database.ConnectionString, RevisionConsole.RunnerOptions(parseResult, lockTimeout, walk.Verb, scope, walk.Name)),
                target,
                cancellationToken));
            if (outcome is { Status: RunStatus.Succeeded, Completed.IsEmpty: false })
            {
                await parseResult.InvocationConfiguration.Output.WriteLineAsync(
                    $"{database.Display}: at {outcome.EndName}{(outcome.EndName == chain.NameAt(chain.Count) ? " (head)" : "")}");
            }

            return RevisionConsole.Finish(parseResult, outcome);
        });
        return command;
    }

    /// <summary>The offline script (<c>--sql</c>), built from the plan an online run would execute.</summary>
    private static async Task<int> PrintScriptAsync(ParseResult parseResult, WalkDirection walk, RevisionChain chain, string? target)
    {
        if (RevisionConsole.OfflineRange(parseResult, chain, target, walk.DefaultFrom(chain), from => walk.DefaultTo(chain, from)) is not { } range)
        {
            return ExitCodes.Error;
        }

        if (walk.Backwards ? range.To > range.From : range.To < range.From)
        {
            var (from, to) = (chain.NameAt(range.From), chain.NameAt(range.To));
            var (relation, other) = walk.Backwards ? ("ahead of", "upgrade") : ("behind", "downgrade");
            await parseResult.InvocationConfiguration.Error.WriteLineAsync(
                $"error: {to} is {relation} {from}: use `surveyschema {other} --sql {from}:{to}`");
            return ExitCodes.Error;
        }

        await parseResult.InvocationConfiguration.Output.WriteAsync(
            ScriptRenderer.Render(walk.Plan(chain, range.From, range.To, RunIdentity.Current)));
        return ExitCodes.Success;
    }
}
