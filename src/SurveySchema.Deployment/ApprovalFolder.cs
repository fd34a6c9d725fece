using SurveySchema.Scripting;

namespace SurveySchema.Deployment;

/// <summary>What <c>approve</c> produced, or why it refused; <see cref="RefusedHazards"/> are the kinds the approval
/// would have to accept for the plan to pass.</summary>
public sealed record ApprovalResult(string? Folder, PlanApproval? Approval, IReadOnlyList<string> Refusals)
{
    public IReadOnlyList<string> RefusedHazards { get; init; } = [];
}

/// <summary>Freezes a plan for release: copies the JSON plan and its sibling files (<c>migration.json</c> →
/// <c>migration.sql</c>, <c>migration.down.sql</c>, <c>migration.md</c>) into a new folder
/// <c>&lt;root&gt;/&lt;UTC time&gt;-&lt;target fingerprint&gt;/</c> and writes <c>approval.json</c> there.
/// Refuses a plan whose digest does not match its content, and one whose hazards the approval would not let
/// through (deploy would refuse it later; better to say so to the approver now).</summary>
public static class ApprovalFolder
{
    public static async Task<ApprovalResult> CreateAsync(
        string planPath, string approver, IReadOnlyList<string> acceptedHazards, string root, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var plan = JsonPlanWriter.Read(await File.ReadAllTextAsync(planPath, cancellationToken));
        if (!PlanDigest.Verify(plan))
        {
            return new ApprovalResult(null, null, [$"{planPath} does not match its own digest: it was edited after `diff` wrote it (or carries none); run `diff` again"]);
        }

        var (policy, unknown) = HazardPolicy.Parse(acceptedHazards);
        if (policy is null)
        {
            throw new ArgumentException($"'{unknown}' is not a hazard kind (known: {HazardPolicy.KnownNames})", nameof(acceptedHazards));
        }

        var refused = policy.Refused(plan);
        if (refused.Count > 0)
        {
            return new ApprovalResult(null, null,
                [.. refused.Select(pair => $"step {pair.Step.Number} ({pair.Step.Description}): {pair.Hazard}")])
            {
                RefusedHazards = [.. refused.Select(pair => pair.Hazard.Kind).Distinct(StringComparer.Ordinal)],
            };
        }

        var source = Path.GetDirectoryName(Path.GetFullPath(planPath))!;
        var stem = Path.GetFileNameWithoutExtension(planPath);
        var folder = Path.Combine(root, $"{at.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}-{plan.TargetFingerprint[..Math.Min(12, plan.TargetFingerprint.Length)]}");
        Directory.CreateDirectory(folder);
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(source, stem + ".*"))
        {
            var copy = Path.Combine(folder, Path.GetFileName(file));
            File.Copy(file, copy, overwrite: true);
            hashes[Path.GetFileName(file)] = PlanApproval.Sha256Of(copy);
        }

        var approval = new PlanApproval
        {
            ApprovedBy = approver,
            At = at.ToUniversalTime(),
            PlanDigest = plan.Digest,
            SourceFingerprint = plan.SourceFingerprint,
            TargetFingerprint = plan.TargetFingerprint,
            PlannedFor = plan.PlannedFor,
            AcceptedHazards = [.. policy.Allowed.Except(HazardPolicy.AllowedByDefault.Select(kind => kind.ToString()), StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)],
            Sha256 = hashes,
        };
        await File.WriteAllTextAsync(Path.Combine(folder, PlanApproval.FileName), approval.ToJson(), cancellationToken);
        return new ApprovalResult(folder, approval, []);
    }
}
