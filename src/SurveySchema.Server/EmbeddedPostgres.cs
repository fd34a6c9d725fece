using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace SurveySchema.Server;

/// <summary>A throwaway PostgreSQL cluster started from the installed binaries; stopped when disposed.</summary>
/// <remarks>The cluster lives in a fresh temporary folder (data directory, unix socket, <c>server.log</c>),
/// listens on a free 127.0.0.1 port, trades durability for speed (fsync, synchronous_commit and
/// full_page_writes off) and holds the <see cref="PostgresServer.PostGisTemplateName"/> template. It is
/// stopped by <see cref="DisposeAsync"/>, at process exit or on SIGINT/SIGTERM/SIGQUIT, and by a watchdog
/// child if this process is killed outright.</remarks>
public sealed class EmbeddedPostgres : IAsyncDisposable
{
    private const int StartAttempts = 3;
    private const int LogTailLines = 30;

    private readonly PostgresInstallation installation;
    private readonly ClusterAccount account;
    private readonly ParentWatchdog watchdog;
    private readonly Lock stopGate = new();
    private bool stopped;

    private EmbeddedPostgres(
        PostgresServer server, PostgresInstallation installation, ClusterAccount account, ParentWatchdog watchdog,
        string rootDirectory, int port)
    {
        Server = server;
        this.installation = installation;
        this.account = account;
        this.watchdog = watchdog;
        RootDirectory = rootDirectory;
        Port = port;
    }

    /// <summary>The running server: create scratch databases on it.</summary>
    public PostgresServer Server { get; }

    /// <summary>The loopback port the server listens on.</summary>
    public int Port { get; }

    /// <summary>The temporary folder holding the data directory and the server log; deleted on stop.</summary>
    public string RootDirectory { get; }

    public string DataDirectory => DataDirectoryOf(RootDirectory);

    public string LogFile => LogFileOf(RootDirectory);

    /// <summary>The major version of the binaries running it (15 or newer).</summary>
    public int MajorVersion => installation.MajorVersion;

    /// <summary>Finds the binaries, creates and starts a cluster, and prepares the PostGIS template.</summary>
    /// <exception cref="PostgresServerException">Binaries or extensions missing (the message names the Debian
    /// packages), or the server did not start (the message ends with the tail of its log).</exception>
    public static async Task<EmbeddedPostgres> StartAsync(CancellationToken cancellationToken = default)
    {
        var installation = await PostgresInstallation.FindAsync(cancellationToken).ConfigureAwait(false);
        var account = await ClusterAccount.DetectAsync(cancellationToken).ConfigureAwait(false);
        var root = Directory.CreateTempSubdirectory("surveyschema-pg-").FullName;
        ParentWatchdog? watchdog = null;
        EmbeddedPostgres? cluster = null;
        try
        {
            // Armed before initdb, so that a run killed while initdb writes its 40 MB leaves nothing behind either.
            var stop = account.Wrap(installation.Program("pg_ctl"), []);
            watchdog = ParentWatchdog.Start(DataDirectoryOf(root), root, [stop.FileName, .. stop.Arguments]);
            await account.TakeOwnershipAsync(root, cancellationToken).ConfigureAwait(false);
            await InitializeAsync(installation, account, root, cancellationToken).ConfigureAwait(false);
            var port = await StartServerAsync(installation, account, root, cancellationToken).ConfigureAwait(false);
            var admin = new NpgsqlConnectionStringBuilder
            {
                Host = "127.0.0.1",
                Port = port,
                Username = "postgres",
                Database = "postgres",
                // Scratch databases are dropped WITH (FORCE); a pooled session would otherwise linger.
                MaxPoolSize = 20,
            }.ConnectionString;
            cluster = new EmbeddedPostgres(new PostgresServer(admin), installation, account, watchdog, root, port);
            ShutdownHooks.Track(cluster);
            await cluster.Server.PreparePostGisTemplateAsync(cancellationToken).ConfigureAwait(false);
            return cluster;
        }
        catch
        {
            if (cluster is not null)
            {
                await cluster.DisposeAsync().ConfigureAwait(false);
            }
            else
            {
                StopAndDelete(installation, account, root);
                watchdog?.Dispose();
            }

            throw;
        }
    }

    /// <summary>Stops the server (<c>pg_ctl stop -m fast</c>, then immediate) and deletes its folder.</summary>
    public ValueTask DisposeAsync() =>
        // Synchronous under the hood: the same path runs from signal handlers, which cannot await.
        new(Task.Run(StopNow));

    internal void StopNow()
    {
        lock (stopGate)
        {
            if (stopped)
            {
                return;
            }

            stopped = true;
            Server.IsStopped = true;
            NpgsqlConnection.ClearAllPools();
            StopAndDelete(installation, account, RootDirectory);
            watchdog.Dispose();
            ShutdownHooks.Forget(this);
        }
    }

    private static string DataDirectoryOf(string root) => Path.Combine(root, "data");

    private static string LogFileOf(string root) => Path.Combine(root, "server.log");

    private static async Task InitializeAsync(
        PostgresInstallation installation, ClusterAccount account, string root, CancellationToken cancellationToken)
    {
        var data = DataDirectoryOf(root);
        var (fileName, arguments) = account.Wrap(
            installation.Program("initdb"),
            ["-D", data, "-A", "trust", "-U", "postgres", "--encoding=UTF8", "--locale=C", "--no-sync", "--no-instructions"]);
        var result = await ExternalCommand.RunAsync(fileName, arguments, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw new PostgresServerException($"initdb failed in {data}: {result.Output}");
        }

        // Appended settings win over initdb's defaults earlier in the file.
        await File.AppendAllTextAsync(Path.Combine(data, "postgresql.conf"), ClusterSettings(data), cancellationToken)
            .ConfigureAwait(false);
    }

    private static string ClusterSettings(string data) =>
        string.Join(
            '\n',
            "",
            "# SurveySchema embedded cluster: throwaway data, so durability is traded for speed.",
            "listen_addresses = '127.0.0.1'",
            $"unix_socket_directories = '{data.Replace("'", "''", StringComparison.Ordinal)}'",
            "fsync = off",
            "synchronous_commit = off",
            "full_page_writes = off",
            "wal_level = minimal",
            "max_wal_senders = 0",
            "max_connections = 200",
            // Creating thousands of tables in one transaction takes several locks per table; the default 64
            // fails with "out of shared memory" (DESIGN.md, scale facts).
            "max_locks_per_transaction = 1024",
            "jit = off",
            "timezone = 'UTC'",
            "");

    /// <summary>Starts the server on a free port; retries with another port when one was taken meanwhile.</summary>
    private static async Task<int> StartServerAsync(
        PostgresInstallation installation, ClusterAccount account, string root, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort.Find();
            var (fileName, arguments) = account.Wrap(
                installation.Program("pg_ctl"),
                ["start", "-D", DataDirectoryOf(root), "-l", LogFileOf(root), "-w", "-t", "60", "-s",
                    "-o", "-p " + port.ToString(CultureInfo.InvariantCulture)]);
            var result = await ExternalCommand.RunAsync(fileName, arguments, cancellationToken).ConfigureAwait(false);
            if (result.Succeeded)
            {
                return port;
            }

            var log = LogTail(root);
            // "could not bind IPv4 address … Address already in use": someone took the port meanwhile.
            if (attempt < StartAttempts && log.Contains("could not bind", StringComparison.Ordinal))
            {
                continue;
            }

            throw new PostgresServerException(
                $"the embedded PostgreSQL did not start ({result.Output}); the end of {LogFileOf(root)}:"
                + Environment.NewLine + log);
        }
    }

    private static string LogTail(string root)
    {
        try
        {
            var lines = File.ReadAllLines(LogFileOf(root));
            return string.Join(Environment.NewLine, lines.Skip(Math.Max(0, lines.Length - LogTailLines)));
        }
        catch (IOException)
        {
            return "(no log)";
        }
    }

    private static void StopAndDelete(PostgresInstallation installation, ClusterAccount account, string root)
    {
        var data = DataDirectoryOf(root);
        if (File.Exists(Path.Combine(data, "postmaster.pid")))
        {
            foreach (var mode in (string[])["fast", "immediate"])
            {
                var (fileName, arguments) = account.Wrap(
                    installation.Program("pg_ctl"), ["stop", "-D", data, "-m", mode, "-w", "-t", "20", "-s"]);
                if (ExternalCommand.Run(fileName, arguments, TimeSpan.FromSeconds(30)).Succeeded)
                {
                    break;
                }
            }
        }

        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException exception)
        {
            Trace.TraceWarning($"could not delete {root}: {exception.Message}");
        }
        catch (UnauthorizedAccessException exception)
        {
            Trace.TraceWarning($"could not delete {root}: {exception.Message}");
        }
    }
}
