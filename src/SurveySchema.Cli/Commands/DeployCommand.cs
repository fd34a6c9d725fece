using System.CommandLine;
using System.Text.Json;
using Npgsql;
using SurveySchema.Catalog;
using SurveySchema.Cli.Progress;
using SurveySchema.Deployment;
using SurveySchema.Scripting;
using SurveySchema.Server;

namespace SurveySchema.Cli.Commands;

/// <summary><c>deploy --plan FILE.json [--allow-hazards DataLoss,…] [--no-rehearsal] [--dev-connection C]</c>:
/// applies a reviewed JSON plan (written by <c>diff --json</c>, frozen by <c>approve</c>) to the target. Before
/// connecting it checks the plan's own digest and, for an approved plan, that every frozen file is unchanged;
/// under the schema-change lock it checks the database (the approval's database, the plan's source state, the
/// hazards allowed), rehearses the plan on a scratch copy of the target's schema, runs it, and reads the target
/// back (<see cref="DeployRun"/>). Exit 3 for every refusal, 1 for a failure.</summary>
internal static class DeployCommand
{
    public static Command Create()
    {
        var planOption = new Option<string>("--plan")
        {
            Description = "The JSON plan written by `diff --json` (an approved one: inside the folder `approve` wrote)",
            Required = true,
        };
        var allowOption = new Option<string[]>("--allow-hazards")
        {
            Description = "Hazard kinds to let through besides the default AccessExclusiveLock, IndexBuild, ValidationScan "
                + "(comma-separated: DataLoss, TableRewrite, Irreversible, or all); an approved plan takes them from its approval",
            AllowMultipleArgumentsPerToken = true,
        };
        var noRehearsalOption = new Option<bool>("--no-rehearsal")
        {
            Description = "Do not rehearse the plan on a scratch copy of the target's schema first",
        };
        var devConnectionOption = new Option<string?>("--dev-connection")
        {
            Description = $"A server for the rehearsal's scratch database (else ${ProjectModelSource.DevConnectionVariable}, else an embedded PostgreSQL)",
        };
        var lockTimeoutOption = LockTimeout.CreateOption();
        var command = new Command("deploy", "Apply a reviewed plan; refuses when the target changed since it was planned")
        {
            planOption, allowOption, noRehearsalOption, devConnectionOption, lockTimeoutOption,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            var planPath = parseResult.GetValue(planOption)!;
            PlanDocument plan;
            PlanApproval? approval;
            try
            {
                plan = JsonPlanWriter.Read(await File.ReadAllTextAsync(planPath, cancellationToken));
                approval = await PlanApproval.BesideAsync(planPath, cancellationToken);
            }
            catch (Exception exception) when (exception is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
            {
                await error.WriteLineAsync($"error: cannot read the plan {planPath}: {exception.Message}");
                return ExitCodes.Error;
            }

            // Before anything connects: a plan edited after diff wrote it (or after approval) never runs.
            if (!PlanDigest.Verify(plan))
            {
                await error.WriteLineAsync(plan.Digest.Length == 0
                    ? $"refused: {planPath} carries no digest; plans written by `diff --json` do: run `diff` again"
                    : $"refused: {planPath} does not match its digest {plan.Digest[..Math.Min(12, plan.Digest.Length)]}…: it was edited after `diff` wrote it; run `diff` again and review the new plan");
                return ExitCodes.Refused;
            }

            var allowed = parseResult.GetValue(allowOption) ?? [];
            if (approval is not null)
            {
                var folder = Path.GetDirectoryName(Path.GetFullPath(planPath))!;
                if (approval.ChangedFiles(folder) is { Count: > 0 } changed)
                {
                    await error.WriteLineAsync($"refused: changed after approval by {approval.ApprovedBy}: {string.Join(", ", changed)} (in {folder})");
                    return ExitCodes.Refused;
                }

                if (approval.PlanDigest != plan.Digest)
                {
                    await error.WriteLineAsync($"refused: {planPath} is not the plan {approval.ApprovedBy} approved (digest {plan.Digest[..12]}…, approved {approval.PlanDigest[..Math.Min(12, approval.PlanDigest.Length)]}…)");
                    return ExitCodes.Refused;
                }

                if (allowed.Length > 0)
                {
                    await error.WriteLineAsync($"error: {planPath} is approved: its accepted hazards come from its approval ({PlanApproval.FileName}), not from --allow-hazards");
                    return ExitCodes.Error;
                }

                allowed = [.. approval.AcceptedHazards];
            }

            var (policy, unknown) = HazardPolicy.Parse(allowed);
            if (policy is null)
            {
                await error.WriteLineAsync($"error: --allow-hazards: '{unknown}' is not a hazard kind (known: {HazardPolicy.KnownNames})");
                return ExitCodes.Error;
            }

            ResolvedConnection? target;
            PostgresServer? rehearsalServer;
            try
            {
                target = ConnectionResolver.Resolve(parseResult.GetValue(SharedOptions.Connection), Directory.GetCurrentDirectory());
                rehearsalServer = ProjectModelSource.ConfiguredDevServer(parseResult.GetValue(devConnectionOption));
            }
            catch (FormatException exception)
            {
                await error.WriteLineAsync($"error: {Redaction.RemovePasswords(exception.Message)}");
                return ExitCodes.Error;
            }

            if (target is null)
            {
                await error.WriteLineAsync("error: deploy needs a target: give --connection (or SURVEYSCHEMA_CONNECTION, DATABASE_URL, PG*, .env)");
                return ExitCodes.Error;
            }

            try
            {
                // Step n of m and the time elapsed while the plan runs: a bar on a terminal, timestamped lines on stderr elsewhere.
                return await ProgressConsole.RunAsync(parseResult, scope => new DeployRun(
                    scope.Output, scope.Error, plan, planPath, approval, policy, target,
                    parseResult.GetValue(noRehearsalOption) ? null : new DeployRun.RehearsalOn(rehearsalServer),
                    parseResult.GetValue(lockTimeoutOption),
                    StageProgress.Deploy(scope.Progress),
                    rehearsalServer).RunAsync(cancellationToken));
            }
            catch (Exception exception) when (exception is NpgsqlException or CatalogReadException or PostgresServerException)
            {
                var message = LockTimeout.Explain(exception) ?? exception.Message;
                await error.WriteLineAsync($"error: deploy to {target.Display} failed: {target.Redact(Redaction.RemovePasswords(message, rehearsalServer?.AdminConnectionString))}");
                return ExitCodes.Error;
            }
        });
        return command;
    }
}
