using System.CommandLine;
using SurveySchema.Revisions;

namespace SurveySchema.Cli.Commands;

/// <summary><c>upgrade [REV] [--sql] [--lock-timeout T]</c>: run the chain's up scripts to REV (default head).</summary>
internal static class UpgradeCommand
{
    public static Command Create() => WalkCommand.Create(new WalkDirection(
        Name: "upgrade",
        Summary: "Upgrade the target along the revision chain (default: to head)",
        RevisionHelp: "Target revision (id, 'head'); with --sql also FROM:TO (FROM defaults to base)",
        Verb: "upgraded",
        DefaultFrom: _ => 0,
        DefaultTo: (chain, _) => chain.Count,
        Backwards: false,
        Plan: PlanBuilder.Upgrade,
        Run: (runner, target, cancellationToken) => runner.UpgradeAsync(target, cancellationToken)));
}
