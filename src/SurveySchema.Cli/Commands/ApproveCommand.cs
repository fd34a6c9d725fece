using System.CommandLine;
using System.Text.Json;
using SurveySchema.Deployment;

namespace SurveySchema.Cli.Commands;

/// <summary><c>approve --plan FILE --approver NAME [--accept-hazards K,…] [--out DIR]</c>: freezes a reviewed plan
/// for release (<see cref="ApprovalFolder"/>): who, when, the database it was planned for, the hazards accepted,
/// sha256 of every file. Exit 3 when the plan's digest does not match or it holds hazards not accepted.</summary>
internal static class ApproveCommand
{
    public const string DefaultOut = "artifacts/approved";

    public static Command Create()
    {
        var planOption = new Option<string>("--plan") { Description = "The JSON plan written by `diff --json`", Required = true };
        var approverOption = new Option<string>("--approver") { Description = "Who approves (recorded in approval.json)", Required = true };
        var acceptOption = new Option<string[]>("--accept-hazards")
        {
            Description = "Hazard kinds the approver accepts besides AccessExclusiveLock, IndexBuild, ValidationScan (comma-separated: DataLoss, TableRewrite, Irreversible, or all)",
            AllowMultipleArgumentsPerToken = true,
        };
        var outOption = new Option<string>("--out")
        {
            Description = "Where the approved folder is created",
            DefaultValueFactory = _ => DefaultOut,
        };
        var command = new Command("approve", "Freeze a reviewed plan for release: who, when, for which database, which hazards accepted")
        {
            planOption, approverOption, acceptOption, outOption,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var planPath = parseResult.GetValue(planOption)!;
            var approver = parseResult.GetValue(approverOption)!.Trim();
            if (approver.Length == 0)
            {
                await error.WriteLineAsync("error: --approver must name someone");
                return ExitCodes.Error;
            }

            var accepted = parseResult.GetValue(acceptOption) ?? [];
            if (HazardPolicy.Parse(accepted) is { Policy: null, Unknown: var unknown })
            {
                await error.WriteLineAsync($"error: --accept-hazards: '{unknown}' is not a hazard kind (known: {HazardPolicy.KnownNames})");
                return ExitCodes.Error;
            }

            ApprovalResult result;
            try
            {
                result = await ApprovalFolder.CreateAsync(planPath, approver, accepted, parseResult.GetValue(outOption)!, DateTimeOffset.UtcNow, cancellationToken);
            }
            catch (Exception exception) when (exception is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
            {
                await error.WriteLineAsync($"error: cannot approve {planPath}: {exception.Message}");
                return ExitCodes.Error;
            }

            if (result.Approval is not { } approval)
            {
                await error.WriteLineAsync($"refused: {planPath} cannot be approved as asked:");
                foreach (var refusal in result.Refusals)
                {
                    await error.WriteLineAsync($"  {refusal}");
                }

                if (result.RefusedHazards.Count > 0)
                {
                    await error.WriteLineAsync($"  accept them with --accept-hazards {string.Join(",", result.RefusedHazards)}");
                }

                return ExitCodes.Refused;
            }

            await output.WriteLineAsync($"approved by {approval.ApprovedBy}: {result.Folder}");
            await output.WriteLineAsync($"  plan {approval.PlanDigest[..12]}: {approval.SourceFingerprint[..12]} → {approval.TargetFingerprint[..12]}, "
                + (approval.PlannedFor is { } database ? $"for {database}" : "for the revision chain's head (not bound to a database)"));
            await output.WriteLineAsync(approval.AcceptedHazards.Count == 0
                ? "  no hazard accepted beyond the defaults"
                : $"  hazards accepted: {string.Join(", ", approval.AcceptedHazards)}");
            await output.WriteLineAsync($"  deploy it with `surveyschema deploy --plan {Path.Combine(result.Folder!, Path.GetFileName(planPath))} --connection …`");
            return ExitCodes.Success;
        });
        return command;
    }
}
