using SurveySchema.Diff;

namespace SurveySchema.Planning;

/// <summary>Turns the difference between two models into an ordered, segmented plan with hazards.</summary>
public static class MigrationPlanner
{
    /// <summary>The plan that turns <paramref name="current"/> into <paramref name="desired"/>.</summary>
    public static MigrationPlan Plan(DatabaseModel current, DatabaseModel desired, PlanOptions options)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(desired);
        ArgumentNullException.ThrowIfNull(options);

        var difference = SchemaDiffer.Compare(current, desired, options.Diff);
        var partitioned = current.Tables.Concat(desired.Tables).Where(t => t.PartitionKey is not null).Select(t => t.Name).ToHashSet();
        var drafts = OnlineRewriter.Rewrite(difference.Operations, options.OnlineSafe, partitioned);
        // Built for the first operation: an empty plan (an unchanged project) needs no index of both models'
        // dependencies, some 100 000 edges at 5 000 tables.
        DependencyIndex? references = null;

        var footprints = drafts.Select(d =>
        {
            references ??= new DependencyIndex(current, desired, drafts.Select(draft => draft.Operation).OfType<RenameType>());
            var footprint = FootprintRules.For(d.Operation, references);
            footprint.Needs.UnionWith(d.ExtraNeeds);
            footprint.Releases.UnionWith(d.ExtraReleases);
            if (d.DropsTemporary)
            {
                footprint.Needs.UnionWith(footprint.Removes);
                footprint.Removes.Clear();
            }

            return footprint;
        }).ToList();
        var order = new OperationGraph(drafts, footprints).Sort(out var cycles);

        var remarks = difference.Remarks.ToList();
        remarks.AddRange(cycles.Select(i => new Remark(RemarkCodes.DependencyCycle, $"dependency cycle: '{drafts[i].Operation.Describe()}' placed in default order")));
        var created = drafts.Select(d => d.Operation).OfType<CreateTable>().Select(o => o.Table)
            .Concat(drafts.Select(d => d.Operation).OfType<CreateView>().Select(o => o.View.Name))
            .ToHashSet();
        var hazards = new HazardRules(created, options.RowEstimates);
        var (steps, segments) = Segment(order.Select(i => drafts[i]).ToList(), hazards);
        string sourceFingerprint, targetFingerprint;
        using (StageTrace.Start("plan.fingerprints"))
        {
            (sourceFingerprint, targetFingerprint) = (Fingerprint.Of(current), Fingerprint.Of(desired));
        }

        return new MigrationPlan
        {
            SourceFingerprint = sourceFingerprint,
            TargetFingerprint = targetFingerprint,
            Steps = steps,
            Segments = segments,
            Remarks = remarks.ToEquatableArray(),
            Options = options,
            Source = current,
            Target = desired,
        };
    }

    /// <summary>Numbers the steps and groups them: consecutive shared steps in one transaction, each
    /// own-transaction step in a transaction of its own, each non-transactional statement alone.</summary>
    private static (EquatableArray<PlannedStep>, EquatableArray<PlanSegment>) Segment(List<StepDraft> ordered, HazardRules hazards)
    {
        var steps = new List<PlannedStep>();
        var segments = new List<(bool Transactional, List<PlannedStep> Steps)>();
        var previous = (StepIsolation?)null;
        foreach (var draft in ordered)
        {
            if (previous is not StepIsolation.Shared || draft.Isolation is not StepIsolation.Shared)
            {
                segments.Add((draft.Isolation != StepIsolation.NoTransaction, []));
            }

            var step = new PlannedStep(
                steps.Count + 1,
                draft.Operation,
                hazards.For(draft),
                draft.Isolation,
                segments.Count,
                hazards.RowsOf(draft.Operation));
            steps.Add(step);
            segments[^1].Steps.Add(step);
            previous = draft.Isolation;
        }

        return (steps.ToEquatableArray(),
            segments.Select((s, i) => new PlanSegment(i + 1, s.Transactional, s.Steps.ToEquatableArray())).ToEquatableArray());
    }
}
