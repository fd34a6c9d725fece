using System.Globalization;
using System.Text.RegularExpressions;
using SurveySchema.Parsing;

namespace SurveySchema.Server;

/// <summary>The installed PostgreSQL server binaries the embedded cluster runs from, checked for the
/// version and extensions SurveySchema needs.</summary>
internal sealed partial record PostgresInstallation(string BinDirectory, string ShareDirectory, int MajorVersion)
{
    public const int MinimumMajorVersion = 15;

    public const string InstallHint = "apt-get install postgresql-15 postgresql-15-postgis-3";

    private static readonly string[] ServerPrograms = ["initdb", "pg_ctl", "postgres"];

    public string Program(string name) => Path.Combine(BinDirectory, name);

    /// <summary>Finds the binaries (<c>pg_config --bindir</c>, else the newest
    /// <c>/usr/lib/postgresql/*/bin</c>) and checks version 15+ with PostGIS and uuid-ossp.</summary>
    public static async Task<PostgresInstallation> FindAsync(CancellationToken cancellationToken)
    {
        var fromPgConfig = await FromPgConfigAsync(cancellationToken).ConfigureAwait(false);
        var binDirectory = fromPgConfig?.BinDirectory is { } configured && HasServerPrograms(configured)
            ? configured
            : NewestDebianBinDirectory();
        if (binDirectory is null)
        {
            throw new PostgresServerException(
                "PostgreSQL server programs (initdb, pg_ctl, postgres) not found: looked in `pg_config --bindir` and "
                + $"/usr/lib/postgresql/*/bin. Install them: {InstallHint}");
        }

        var version = await ExternalCommand.RunAsync(
            Path.Combine(binDirectory, "postgres"), ["--version"], cancellationToken).ConfigureAwait(false);
        var match = VersionPattern().Match(version.StandardOutput);
        if (!version.Succeeded || !match.Success)
        {
            throw new PostgresServerException(
                $"cannot tell the version of {Path.Combine(binDirectory, "postgres")} ({version.Output}). "
                + $"Install PostgreSQL 15 or newer: {InstallHint}");
        }

        var major = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        if (major < MinimumMajorVersion)
        {
            throw new PostgresServerException(
                $"PostgreSQL {major} found in {binDirectory}, but SurveySchema needs PostgreSQL {MinimumMajorVersion} "
                + $"or newer. Install it: {InstallHint}");
        }

        // pg_config may belong to another major version than the binaries found by the fallback.
        var shareDirectory = fromPgConfig is { } pg && pg.BinDirectory == binDirectory && pg.ShareDirectory is not null
            ? pg.ShareDirectory
            : $"/usr/share/postgresql/{major}";
        var extensionDirectory = Path.Combine(shareDirectory, "extension");
        RequireExtension(extensionDirectory, "postgis", $"postgresql-{major}-postgis-3", major);
        RequireExtension(extensionDirectory, "uuid-ossp", $"postgresql-{major}", major);
        return new PostgresInstallation(binDirectory, shareDirectory, major);
    }

    private static void RequireExtension(string extensionDirectory, string extension, string package, int major)
    {
        var control = Path.Combine(extensionDirectory, extension + ".control");
        if (!File.Exists(control))
        {
            throw new PostgresServerException(
                $"the {extension} extension is not installed for PostgreSQL {major} ({control} is missing). "
                + $"Install it: apt-get install {package}");
        }
    }

    private static async Task<(string? BinDirectory, string? ShareDirectory)?> FromPgConfigAsync(
        CancellationToken cancellationToken)
    {
        var pgConfig = ExternalCommand.FindOnPath("pg_config");
        if (pgConfig is null)
        {
            return null;
        }

        // One probe for every stage (the parsing stage asks the same pg_config for its share directory); it runs
        // once per process and is bounded by its own timeout.
        var answers = await Task.Run(() => PgConfig.Ask(pgConfig, ["--bindir", "--sharedir"], PgConfig.DefaultTimeout), cancellationToken)
            .ConfigureAwait(false);
        return answers is [var binDirectory, var shareDirectory] ? (binDirectory, shareDirectory) : null;
    }

    private static string? NewestDebianBinDirectory()
    {
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root))
        {
            return null;
        }

        return Directory.EnumerateDirectories(root)
            .Select(directory => (Directory: directory, Version: ParseVersion(Path.GetFileName(directory))))
            .Where(candidate => candidate.Version is not null && HasServerPrograms(Path.Combine(candidate.Directory, "bin")))
            .OrderByDescending(candidate => candidate.Version)
            .Select(candidate => Path.Combine(candidate.Directory, "bin"))
            .FirstOrDefault();
    }

    private static Version? ParseVersion(string name) =>
        Version.TryParse(name.Contains('.', StringComparison.Ordinal) ? name : name + ".0", out var version)
            ? version
            : null;

    private static bool HasServerPrograms(string directory) =>
        ServerPrograms.All(program => File.Exists(Path.Combine(directory, program)));

    [GeneratedRegex(@"\(PostgreSQL\)\s+(\d+)")]
    private static partial Regex VersionPattern();
}
