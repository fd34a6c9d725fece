using System.CommandLine;
using SurveySchema.Revisions;

namespace SurveySchema.Cli.Commands;

/// <summary><c>downgrade [REV] [--sql] [--lock-timeout T]</c>: run down scripts back to REV (default: one step;
/// <c>base</c>: all the way).</summary>
internal static class DowngradeCommand
{
    public static Command Create() => WalkCommand.Create(new WalkDirection(
        Name: "downgrade",
        Summary: "Downgrade the target along the revision chain (default: one revision back)",
        RevisionHelp: "Revision to go back to (id, 'base'; default one step back); with --sql also FROM:TO (FROM defaults to head)",
        Verb: "downgraded",
        DefaultFrom: chain => chain.Count,
        DefaultTo: (_, from) => Math.Max(from - 1, 0),
        Backwards: true,
        Plan: PlanBuilder.Downgrade,
        Run: (runner, target, cancellationToken) => runner.DowngradeAsync(target, cancellationToken)));
}
