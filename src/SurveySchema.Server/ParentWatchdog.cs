using System.Diagnostics;

namespace SurveySchema.Server;

/// <summary>Stops the embedded cluster when this process dies without running its handlers (SIGKILL,
/// a crash). A small <c>sh</c> child reads its standard input, a pipe whose only writer is this process:
/// the kernel closes the pipe however this process ends, the read returns end-of-file, and the child then
/// waits for an initdb still writing the cluster, runs <c>pg_ctl stop -m immediate</c> and deletes the cluster's folder. No polling, no PID that could be
/// reused. The child ignores SIGINT/SIGTERM/SIGHUP so that a Ctrl+C sent to the whole process group does
/// not remove the guard before our own handlers have stopped the server.</summary>
internal sealed class ParentWatchdog : IDisposable
{
    private const string Script =
        """
        trap '' INT TERM HUP QUIT
        exec >/dev/null 2>&1
        data=$1; root=$2; shift 2
        cat >/dev/null
        # An initdb started for this cluster outlives a killed parent: the folder goes once it is done writing (a minute at most).
        i=0; while [ $i -lt 600 ] && pgrep -f -- "initdb .*-D $data" >/dev/null; do sleep 0.1; i=$((i+1)); done
        if [ -f "$data/postmaster.pid" ]; then "$@" stop -D "$data" -m immediate -w -t 30; fi
        rm -rf "$root"
        """;

    private readonly Process process;

    private ParentWatchdog(Process process) => this.process = process;

    public int ProcessId => process.Id;

    /// <summary>Arms the guard; <paramref name="stopCommand"/> is pg_ctl, possibly behind <c>runuser -u postgres --</c>.</summary>
    public static ParentWatchdog Start(string dataDirectory, string rootDirectory, IEnumerable<string> stopCommand)
    {
        var info = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = false,
            RedirectStandardError = false,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["-c", Script, "surveyschema-watchdog", dataDirectory, rootDirectory, .. stopCommand])
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new PostgresServerException("cannot start /bin/sh for the watchdog");
        return new ParentWatchdog(process);
    }

    /// <summary>Releases the guard: it finds no running server (already stopped), removes the folder if it is
    /// still there, and exits.</summary>
    public void Dispose()
    {
        try
        {
            process.StandardInput.Close();
            process.WaitForExit(TimeSpan.FromSeconds(10));
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        catch (IOException)
        {
            // The child died early: its pipe is broken.
        }

        process.Dispose();
    }
}
