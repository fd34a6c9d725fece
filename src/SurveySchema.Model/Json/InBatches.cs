using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace SurveySchema.Model.Json;

/// <summary>Work over <c>[0, count)</c> in batches on every core, each worker with state of its own (a buffer, a
/// string pool).</summary>
internal static class InBatches
{
    /// <summary>Items per batch: large enough that a batch is worth a thread hop.</summary>
    public const int Size = 64;

    /// <summary>Runs <paramref name="work"/> on each batch <c>[start, end)</c>. The first exception is thrown as itself
    /// rather than inside an <see cref="AggregateException"/>, so that a damaged file is the same error as on one thread.</summary>
    public static void Run<TState>(int count, Func<TState> state, Action<TState, int, int> work)
    {
        if (count == 0)
        {
            return;
        }

        try
        {
            Parallel.ForEach(
                Partitioner.Create(0, count, Size),
                state,
                (batch, _, local) =>
                {
                    work(local, batch.Item1, batch.Item2);
                    return local;
                },
                local => (local as IDisposable)?.Dispose());
        }
        catch (AggregateException exception) when (exception.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Throw(exception.InnerExceptions[0]);
        }
    }
}
