using Npgsql;
using SurveySchema.Catalog;
using SurveySchema.Deployment.Spelling;
using SurveySchema.Diff;
using SurveySchema.Model;
using SurveySchema.Revisions;
using SurveySchema.Scripting;
using SurveySchema.Server;

namespace SurveySchema.Deployment;

/// <summary>What to deploy where. <see cref="LockTimeout"/> is PostgreSQL's spelling (<c>5s</c>), also bounding the
/// lock watch as <see cref="LockWait"/>. <see cref="Rehearse"/> false skips the rehearsal; the rehearsal and the
/// spelling round trips go to <see cref="ScratchServer"/>, else to an embedded PostgreSQL, never to the target.</summary>
public sealed record DeployRequest(
    PlanDocument Plan,
    PlanApproval? Approval,
    HazardPolicy Policy,
    string ConnectionString,
    string LockTimeout,
    TimeSpan LockWait,
    bool Rehearse,
    PostgresServer? ScratchServer = null);

/// <summary>The deploy stage: under the schema-change lock, on the connection that then applies the plan, checks the
/// database against the approval and the plan, rehearses, runs, and reads back. "The same schema" is decided by the
/// differ, as <c>drift</c> decides it: column order is a remark, not a difference.</summary>
public static class PlanDeployment
{
    public static async Task<DeployOutcome> RunAsync(
        DeployRequest request, Action<DeployEvent> report, IProgress<PlanProgress>? progress, CancellationToken cancellationToken)
    {
        var plan = request.Plan;

        // One lock_timeout for every statement here, the checks' catalog reads included; and, as upgrade does, a
        // client check so that a killed deploy stops its statement at once.
        var bound = LockWatch.Bound(request.ConnectionString, request.LockTimeout, checkClientConnection: true);
        await using var watch = LockWatch.Start(bound, request.LockWait);

        // Not pooled: the session-level schema-change lock must end with the connection, not stay in an idle pooled one.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(bound) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        if (!await SchemaChangeLock.TryTakeAsync(connection, cancellationToken))
        {
            return new DeployOutcome.Busy();
        }

        // Given back before the connection closes, so that a command started right after this one finds it free.
        await using var held = SchemaChangeLock.ReleasedOnDispose(connection);

        if (request.Approval?.PlannedFor is { } approvedFor)
        {
            var actual = await DatabaseIdentity.ReadAsync(connection, cancellationToken);
            if (actual.Database != approvedFor.Database
                || (approvedFor.SystemIdentifier is not null && actual.SystemIdentifier != approvedFor.SystemIdentifier))
            {
                return new DeployOutcome.WrongDatabase(approvedFor, actual);
            }
        }

        await using var scratch = new ScratchServer(request.ScratchServer);

        // Checked under the lock, on the connection that then applies the plan.
        var options = CatalogOptions.Default with { Roles = [.. plan.Roles] };
        var now = await CatalogReader.ReadAsync(connection, options, cancellationToken);
        var source = plan.ReadSourceModel();
        var planTarget = plan.ReadTargetModel();
        if (!await SameAsync(scratch, now, source, plan.SourceFingerprint, cancellationToken))
        {
            if (await SameAsync(scratch, now, planTarget, plan.TargetFingerprint, cancellationToken))
            {
                return new DeployOutcome.AlreadyAtTarget(Fingerprint.Of(now));
            }

            var changes = source is null
                ? []
                : (await Respelling.CompareAsync(scratch, source, now, DiffOptions.Default, cancellationToken)).Difference.Operations.ToList();
            return new DeployOutcome.OutOfDate(Fingerprint.Of(now), changes);
        }

        var refused = request.Policy.Refused(plan);
        if (refused.Count > 0)
        {
            return new DeployOutcome.HazardsRefused(refused);
        }

        var steps = plan.Segments.Sum(segment => segment.Steps.Count);
        if (steps == 0)
        {
            return new DeployOutcome.EmptyPlan(Fingerprint.Of(now));
        }

        if (!request.Rehearse)
        {
            report(new DeployEvent.NotRehearsed());
        }
        else if (planTarget is null)
        {
            return new DeployOutcome.CannotRehearse();
        }
        else
        {
            var server = await scratch.GetAsync(cancellationToken);
            var rehearsal = await Rehearsal.RunAsync(server, now, plan, planTarget, cancellationToken);
            if (!rehearsal.Succeeded)
            {
                return new DeployOutcome.RehearsalFailed(rehearsal.Failure!);
            }

            report(new DeployEvent.Rehearsed(server.Display, rehearsal.Elapsed));
        }

        report(new DeployEvent.Starting(steps, plan.Segments.Count, request.LockTimeout));
        var failure = await PlanExecution.RunAsync(connection, plan with { LockTimeout = request.LockTimeout },
            (step, elapsed) => report(new DeployEvent.StepDone(step, elapsed)), cancellationToken, progress);
        if (failure is not null)
        {
            return new DeployOutcome.StepFailed(failure, await InvalidIndexes.ReadAsync(connection, cancellationToken));
        }

        var after = await CatalogReader.ReadAsync(connection, options, cancellationToken);
        if (!await SameAsync(scratch, after, planTarget, plan.TargetFingerprint, cancellationToken))
        {
            return new DeployOutcome.TargetNotReached(Fingerprint.Of(after));
        }

        IReadOnlyList<Remark> remarks = planTarget is null
            ? []
            : [.. (await Respelling.CompareAsync(scratch, after, planTarget, DiffOptions.Default, cancellationToken)).Difference.Remarks];
        return new DeployOutcome.Deployed(Fingerprint.Of(after), remarks, request.Rehearse);
    }

    /// <summary>The same schema as <paramref name="expected"/> by the differ's rules (remarks such as column order
    /// do not count) with expression spelling settled by PostgreSQL (<see cref="Respelling"/>), as drift decides it;
    /// without the model (an older plan), by fingerprint.</summary>
    private static async Task<bool> SameAsync(
        ScratchServer scratch, DatabaseModel actual, DatabaseModel? expected, string expectedFingerprint, CancellationToken cancellationToken)
    {
        if (Fingerprint.Of(actual) == expectedFingerprint)
        {
            return true;
        }

        if (expected is null)
        {
            return false;
        }

        return SchemaDiffer.Compare(actual, expected, DiffOptions.Default).Operations.IsEmpty
            || (await Respelling.CompareAsync(scratch, actual, expected, DiffOptions.Default, cancellationToken)).Difference.Operations.IsEmpty;
    }
}
