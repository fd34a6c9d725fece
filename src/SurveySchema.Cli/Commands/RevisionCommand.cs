using System.CommandLine;
using SurveySchema.Model;
using SurveySchema.Planning;
using SurveySchema.Revisions;
using SurveySchema.Scripting;

namespace SurveySchema.Cli.Commands;

/// <summary><c>revision -m MSG [--autogenerate [--dev-connection C] [--no-cache]]</c>: add the next revision and
/// record both files in revisions.sum. Without <c>--autogenerate</c> the pair is empty, for SQL written by hand.
/// With it (the old <c>migrate</c>), the chain's head is replayed on a scratch database, planned against
/// <c>--project</c> with online-safe forms (what production needs) and the plan and its reverse become the up and
/// down files; when the head already matches the project nothing is written.</summary>
internal static class RevisionCommand
{
    public static Command Create()
    {
        var message = new Option<string>("--message", "-m") { Description = "What the revision does (its description and file-name slug)", Required = true };
        var autogenerate = new Option<bool>("--autogenerate")
        {
            Description = "Fill up and down from the difference between the chain's head (replayed on a scratch database) and --project",
        };
        var comparison = Comparison.Options.Create();
        var command = new Command("revision", "Add the next revision to the chain: an empty up/down pair, or with --autogenerate the diff from the chain's head to --project");
        command.Options.Add(message);
        command.Options.Add(autogenerate);
        comparison.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            var text = parseResult.GetValue(message);
            if (string.IsNullOrWhiteSpace(text))
            {
                await error.WriteLineAsync("error: -m needs a message");
                return ExitCodes.Error;
            }

            var directory = RevisionConsole.RevisionsDirectory(parseResult);
            Directory.CreateDirectory(directory);
            if (RevisionConsole.LoadChain(parseResult) is not { } chain)
            {
                return ExitCodes.Refused;
            }

            if (!parseResult.GetValue(autogenerate))
            {
                return Written(parseResult, RevisionWriter.Write(chain, text), directory);
            }

            return await AutogenerateAsync(parseResult, comparison, chain, text, cancellationToken);
        });
        return command;
    }

    private static async Task<int> AutogenerateAsync(
        ParseResult parseResult, Comparison.Options comparison, RevisionChain chain, string message, CancellationToken cancellationToken)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        if (parseResult.GetValue(SharedOptions.Connection) is { Length: > 0 })
        {
            // A revision is what every database at the head needs, so it starts from the head, not from one database.
            await error.WriteLineAsync("note: --autogenerate does not use --connection: it starts from the revision chain's head (to compare a database, use diff)");
        }

        await using var compared = await Comparison.OpenAsync(parseResult, comparison, cancellationToken, chainHeadOnly: true);
        if (compared is null)
        {
            return ExitCodes.Error;
        }

        var head = chain.NameAt(chain.Count);
        var spelled = await compared.CompareAsync(cancellationToken);
        MigrationPlan plan;
        string up, down;
        try
        {
            // No row estimates: the replayed head is empty, but the revision is for databases that are not, so
            // every ACCESS EXCLUSIVE lock is marked.
            plan = MigrationPlanner.Plan(spelled.Live, spelled.Desired, new PlanOptions { OnlineSafe = true, Diff = compared.DiffOptions });
            if (spelled.SpellingRemark is { } remark)
            {
                plan = plan with { Remarks = plan.Remarks.Append(remark).ToEquatableArray() };
            }

            var header = new ScriptHeader(RunIdentity.Current.ToolVersion) { Source = $"revision {head}", Target = compared.Project };
            up = RevisionScriptWriter.Write(plan, header);
            down = RevisionScriptWriter.Write(plan.Reverse(), header with { Source = header.Target, Target = header.Source });
        }
        catch (Exception exception) when (exception is NotSupportedException or InvalidOperationException or ArgumentException)
        {
            await error.WriteLineAsync($"error: cannot plan revision {head} → {compared.Project}: {exception.Message}");
            return ExitCodes.Error;
        }

        foreach (var remark in plan.Remarks)
        {
            await output.WriteLineAsync($"note: {remark}");
        }

        if (plan.IsEmpty)
        {
            await output.WriteLineAsync($"nothing to do: revision {head} already matches {compared.Project}; no revision written");
            return ExitCodes.Success;
        }

        var written = RevisionWriter.Write(chain, message, up, down);
        var exit = Written(parseResult, written, chain.Directory);
        await output.WriteLineAsync($"  {plan.Steps.Count} step(s) in {plan.Segments.Count} segment(s): {DiffSummary.OperationCounts(plan)}");
        await output.WriteLineAsync($"  hazards: {(plan.Hazards.Count == 0 ? "none" : DiffSummary.HazardCounts(plan))}");
        await output.WriteLineAsync($"  fingerprints {Short(plan.SourceFingerprint)} → {Short(plan.TargetFingerprint)}");
        if (!plan.IsReversible)
        {
            await output.WriteLineAsync($"  warning: the down file cannot bring back what the up file removes (Irreversible); see its hazard comments");
        }

        // What was written must load as a chain (segments, markers, no transaction control): the same check every
        // later command makes, reported now rather than at the first upgrade.
        var reloaded = RevisionDirectory.Load(chain.Directory);
        if (reloaded.Chain is null)
        {
            foreach (var problem in reloaded.Problems)
            {
                await error.WriteLineAsync(problem.ToString());
            }

            await error.WriteLineAsync($"error: revision {written.Id} was written but does not load; fix or delete it (and its revisions.sum lines)");
            return ExitCodes.Error;
        }

        await output.WriteLineAsync("  review both files before committing them");
        return exit;
    }

    private static int Written(ParseResult parseResult, WrittenRevision written, string directory)
    {
        parseResult.InvocationConfiguration.Output.WriteLine(
            $"created {written.Id}: {Path.GetFileName(written.UpPath)}, {Path.GetFileName(written.DownPath)} in {directory} ({ChecksumManifest.FileName} updated)");
        return ExitCodes.Success;
    }

    private static string Short(string fingerprint) => fingerprint[..Math.Min(12, fingerprint.Length)];
}
