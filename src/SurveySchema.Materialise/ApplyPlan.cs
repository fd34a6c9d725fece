using System.Collections.Immutable;
using SurveySchema.Parsing;

namespace SurveySchema.Materialise;

/// <summary>Consecutive statements sent to the server as one batch (one NpgsqlBatch, one round trip).</summary>
/// <param name="InTransaction">False for a statement PostgreSQL refuses to run in a transaction block
/// (CREATE INDEX CONCURRENTLY: "cannot run inside a transaction block", and a batch of several commands is
/// one implicit transaction); such a statement forms a batch of its own.</param>
internal sealed record ApplyBatch(ImmutableArray<SchemaStatement> Statements, bool InTransaction);

/// <summary>Cuts the ordered statements into batches: all of them in one transaction when there are few,
/// else runs of <see cref="ShadowBuildOptions.BatchSize"/>, each in its own transaction (see
/// <see cref="ShadowBuildOptions.DefaultSingleTransactionLimit"/> for why). The order is never changed.</summary>
/// <remarks>Committing batch by batch is safe because the shadow database is scratch: a failure drops it
/// whole, so nothing is left half-applied anywhere that matters.</remarks>
internal static class ApplyPlan
{
    public static IReadOnlyList<ApplyBatch> Create(IReadOnlyList<SchemaStatement> statements, ShadowBuildOptions options)
    {
        var size = statements.Count <= options.SingleTransactionLimit ? int.MaxValue : Math.Max(1, options.BatchSize);
        var batches = new List<ApplyBatch>();
        var current = ImmutableArray.CreateBuilder<SchemaStatement>();

        void Flush()
        {
            if (current.Count > 0)
            {
                batches.Add(new ApplyBatch(current.ToImmutable(), InTransaction: true));
                current.Clear();
            }
        }

        foreach (var statement in statements)
        {
            if (statement.RefusesTransactionBlock)
            {
                Flush();
                batches.Add(new ApplyBatch([statement], InTransaction: false));
                continue;
            }

            current.Add(statement);
            if (current.Count >= size)
            {
                Flush();
            }
        }

        Flush();
        return batches;
    }
}
