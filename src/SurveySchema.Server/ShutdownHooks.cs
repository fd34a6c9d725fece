using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace SurveySchema.Server;

/// <summary>Stops every running embedded cluster when the process exits normally or on SIGINT, SIGTERM or
/// SIGQUIT, so that no postgres outlives the tool. SIGKILL cannot be caught: <see cref="ParentWatchdog"/>
/// covers that.</summary>
internal static class ShutdownHooks
{
    private static readonly ConcurrentDictionary<EmbeddedPostgres, byte> Running = new();
    private static readonly Lock Gate = new();
    private static List<PosixSignalRegistration>? registrations;

    public static void Track(EmbeddedPostgres cluster)
    {
        EnsureRegistered();
        Running.TryAdd(cluster, 0);
    }

    public static void Forget(EmbeddedPostgres cluster) => Running.TryRemove(cluster, out _);

    private static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (registrations is not null)
            {
                return;
            }

            AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAll();
            // The handler does not cancel the signal: the default action (ending the process) follows, and
            // a command that handles Ctrl+C itself still gets it.
            registrations =
            [
                PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => StopAll()),
                PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => StopAll()),
                PosixSignalRegistration.Create(PosixSignal.SIGQUIT, _ => StopAll()),
            ];
        }
    }

    private static void StopAll()
    {
        foreach (var cluster in Running.Keys)
        {
            cluster.StopNow();
        }
    }
}
