namespace SurveySchema.Parsing.Dependencies;

/// <summary>Finds PostgreSQL's share directory (<c>pg_config --sharedir</c>), which holds the bootstrap
/// catalog (postgres.bki, the built-in types and functions) and the extensions' control files and
/// install scripts. Parsing works without it, with fewer checks.</summary>
internal static class PostgresShareDirectory
{
    private static readonly Lazy<string?> Found = new(Find);

    /// <summary>The directory, or null when no PostgreSQL installation was found.</summary>
    public static string? Path => Found.Value;

    private static string? Find()
    {
        foreach (var pgConfig in PgConfigCandidates())
        {
            if (PgConfig.Ask(pgConfig, ["--sharedir"], PgConfig.DefaultTimeout) is [var directory] && File.Exists(System.IO.Path.Combine(directory, "postgres.bki")))
            {
                return directory;
            }
        }

        // Debian's layout without pg_config on PATH (it lives in postgresql-server-dev / libpq-dev).
        return Directory.Exists("/usr/share/postgresql")
            ? Directory.GetDirectories("/usr/share/postgresql")
                .Where(d => File.Exists(System.IO.Path.Combine(d, "postgres.bki")))
                .OrderByDescending(d => int.TryParse(System.IO.Path.GetFileName(d), out var major) ? major : 0)
                .FirstOrDefault()
            : null;
    }

    private static IEnumerable<string> PgConfigCandidates()
    {
        yield return "pg_config";
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            foreach (var bin in Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(System.IO.Path.GetFileName(d), out var major) ? major : 0))
            {
                yield return System.IO.Path.Combine(bin, "bin", "pg_config");
            }
        }
    }
}
