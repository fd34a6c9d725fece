using System.Text.Json.Serialization;
using SurveySchema.Diff;

namespace SurveySchema.Planning;

/// <summary>The ordered, hazard-annotated steps that turn the source state into the target state.</summary>
public sealed record MigrationPlan
{
    /// <summary>Fingerprint of the state the plan starts from (deploy checks the target against it).</summary>
    public required string SourceFingerprint { get; init; }

    /// <summary>Fingerprint of the state the plan produces.</summary>
    public required string TargetFingerprint { get; init; }

    public required EquatableArray<PlannedStep> Steps { get; init; }

    public required EquatableArray<PlanSegment> Segments { get; init; }

    /// <summary>Differences no step fixes (column order, stale renames, …), for the reader.</summary>
    public required EquatableArray<Remark> Remarks { get; init; }

    public required PlanOptions Options { get; init; }

    [JsonIgnore]
    public required DatabaseModel Source { get; init; }

    [JsonIgnore]
    public required DatabaseModel Target { get; init; }

    public IReadOnlyList<Operation> Operations => [.. Steps.Select(s => s.Operation)];

    public IReadOnlyList<Hazard> Hazards => [.. Steps.SelectMany(s => s.Hazards)];

    public bool IsEmpty => Steps.IsEmpty;

    /// <summary>False when a step removes something (data, a sequence position) the reverse plan cannot restore.</summary>
    public bool IsReversible => !Hazards.Any(h => h.Kind == HazardKind.Irreversible);

    /// <summary>The plan back from the target to the source, with declared renames inverted.</summary>
    public MigrationPlan Reverse() => ReverseOf(Source, Target, Options);

    /// <summary>What <see cref="Reverse"/> gives for the plan from <paramref name="source"/> to <paramref name="target"/>
    /// with <paramref name="options"/>, without that plan: a caller can make both at once.</summary>
    public static MigrationPlan ReverseOf(DatabaseModel source, DatabaseModel target, PlanOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return MigrationPlanner.Plan(target, source, options with
        {
            Diff = options.Diff with { Renames = options.Diff.Renames.Select(r => r.Inverse()).ToEquatableArray() },
        });
    }
}
