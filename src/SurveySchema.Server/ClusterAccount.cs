using System.Runtime.InteropServices;

namespace SurveySchema.Server;

/// <summary>Who the embedded cluster runs as. PostgreSQL refuses to run as root ("root" execution of the
/// PostgreSQL server is not permitted), so as root the cluster's folder is handed to the <c>postgres</c>
/// user and initdb/pg_ctl run through <c>runuser -u postgres --</c>.</summary>
internal sealed partial class ClusterAccount
{
    private const string ServiceUser = "postgres";

    private ClusterAccount(string? runuser) => Runuser = runuser;

    /// <summary>Set when we are root: the path of runuser.</summary>
    private string? Runuser { get; }

    public bool SwitchesUser => Runuser is not null;

    public static async Task<ClusterAccount> DetectAsync(CancellationToken cancellationToken)
    {
        if (geteuid() != 0)
        {
            return new ClusterAccount(null);
        }

        var runuser = ExternalCommand.FindOnPath("runuser") ?? "/usr/sbin/runuser";
        if (!File.Exists(runuser))
        {
            throw new PostgresServerException(
                "running as root, and PostgreSQL refuses to run as root: runuser (package util-linux) is needed to "
                + "start the embedded cluster as the postgres user");
        }

        var id = await ExternalCommand.RunAsync("id", ["-u", ServiceUser], cancellationToken).ConfigureAwait(false);
        if (!id.Succeeded)
        {
            throw new PostgresServerException(
                "running as root, and PostgreSQL refuses to run as root: the embedded cluster runs as the 'postgres' "
                + $"user, which does not exist. Create it by installing the server: {PostgresInstallation.InstallHint}");
        }

        return new ClusterAccount(runuser);
    }

    /// <summary>The program and arguments that run <paramref name="program"/> as the cluster's user.</summary>
    public (string FileName, IReadOnlyList<string> Arguments) Wrap(string program, IEnumerable<string> arguments) =>
        Runuser is null
            ? (program, arguments.ToList())
            : (Runuser, ["-u", ServiceUser, "--", program, .. arguments]);

    /// <summary>Hands <paramref name="directory"/> (recursively) to the cluster's user.</summary>
    public async Task TakeOwnershipAsync(string directory, CancellationToken cancellationToken)
    {
        if (Runuser is null)
        {
            return;
        }

        var result = await ExternalCommand.RunAsync(
            "chown", ["-R", ServiceUser + ":", directory], cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw new PostgresServerException($"cannot hand {directory} to the postgres user: {result.Output}");
        }
    }

    [LibraryImport("libc", SetLastError = false)]
    private static partial uint geteuid();
}
