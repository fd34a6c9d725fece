using System.Diagnostics;
using System.Text;
using Npgsql;
using SurveySchema.Catalog;
using SurveySchema.Catalog.Caching;
using SurveySchema.Diff;
using SurveySchema.Model;
using SurveySchema.Planning;
using SurveySchema.Scripting;

namespace SurveySchema.IntegrationTests.Convergence;

/// <summary>Helpers the convergence tests share: run SQL, run a script through psql, count rows, read the model.</summary>
internal static class ConvergenceDatabase
{
    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        if (string.IsNullOrWhiteSpace(sql))
        {
            return;
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    /// <summary>The model, with the named roles (roles are cluster-wide: a model holds the ones a project declares).</summary>
    public static Task<DatabaseModel> ReadAsync(string connectionString, IEnumerable<string>? roles = null) =>
        CatalogReader.ReadAsync(connectionString, CatalogOptions.Default with { Roles = [.. roles ?? []] }, CancellationToken.None);

    /// <summary>The model read through a catalog cache in <paramref name="cacheDirectory"/> (<see cref="CachedCatalogReader"/>),
    /// with the named roles.</summary>
    public static Task<CatalogRead> ReadThroughCacheAsync(string cacheDirectory, string connectionString, IEnumerable<string>? roles = null) =>
        CachedCatalogReader.ReadAsync(
            connectionString, CatalogOptions.Default with { Roles = [.. roles ?? []] }, new CatalogReadCache(cacheDirectory),
            readEntries: true, CancellationToken.None);

    /// <summary>Row counts of the given tables, in the order given; each table's own rows (ONLY), so an INHERIT or
    /// ATTACH PARTITION, which changes what a parent's query sees, does not look like rows gained or lost.</summary>
    public static async Task<Dictionary<QualifiedName, long>> CountRowsAsync(string connectionString, IEnumerable<QualifiedName> tables)
    {
        var counts = new Dictionary<QualifiedName, long>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var table in tables)
        {
            var sql = $"SELECT count(*) FROM ONLY \"{table.Schema.Replace("\"", "\"\"", StringComparison.Ordinal)}\".\"{table.Name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            await using var command = new NpgsqlCommand(sql, connection);
            counts[table] = Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }

        return counts;
    }

    /// <summary>Runs a script file exactly as an operator would: <c>psql -v ON_ERROR_STOP=1 -f FILE</c>.</summary>
    public static async Task RunPsqlAsync(string connectionString, string scriptPath)
    {
        if (await TryRunPsqlAsync(connectionString, scriptPath) is { } error)
        {
            throw new AssertionException(error);
        }
    }

    /// <summary>As <see cref="RunPsqlAsync"/>, but psql's error output is returned (null when it succeeds) rather
    /// than thrown as an NUnit assertion: the random convergence check reports failures to CsCheck as its own
    /// exception so CsCheck can go on shrinking.</summary>
    public static async Task<string?> TryRunPsqlAsync(string connectionString, string scriptPath)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo("psql")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", scriptPath })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PGHOST"] = builder.Host;
        start.Environment["PGPORT"] = builder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = builder.Username;
        start.Environment["PGDATABASE"] = builder.Database;
        if (builder.Password is not null)
        {
            start.Environment["PGPASSWORD"] = builder.Password;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("psql did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? null : $"psql -f {scriptPath} exited with {process.ExitCode}:\n{await error}\n{await output}";
    }

    private static readonly ScriptHeader Header = new("test") { Source = "database A", Target = "database B", LockTimeout = "5s" };

    /// <summary>The plan's script, as the tool writes it.</summary>
    public static string ScriptOf(MigrationPlan plan) => SqlScriptWriter.Write(plan, Header);

    /// <summary>Writes the plan's script to a file and runs it with psql, as an operator would.</summary>
    public static async Task ApplyPlanAsync(string connectionString, MigrationPlan plan, string what)
    {
        var path = Path.Combine(Path.GetTempPath(), $"surveyschema-{what.Replace(' ', '_')}-{Guid.NewGuid():N}.sql");
        await File.WriteAllTextAsync(path, ScriptOf(plan), new UTF8Encoding(false));
        try
        {
            await RunPsqlAsync(connectionString, path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The database must read back as <paramref name="expected"/>, column order included; on failure the
    /// operations that would remain, and both models, are printed.</summary>
    public static async Task AssertConvergedAsync(string connectionString, DatabaseModel expected, string what)
    {
        var actual = await ReadAsync(connectionString, expected.Roles.Select(r => r.Name));
        AssertSameModel(actual, expected, what);
    }

    public static void AssertSameModel(DatabaseModel actual, DatabaseModel expected, string what)
    {
        if (SameIncludingColumnOrder(actual, expected))
        {
            return;
        }

        var remaining = SchemaDiffer.Compare(actual, expected, DiffOptions.Default);
        Assert.Fail($"{what}: fingerprints differ; remaining operations:\n"
            + string.Join("\n", remaining.Operations.Select(o => "  " + o.Describe() + "   " + o))
            + "\nremarks:\n" + string.Join("\n", remaining.Remarks)
            + "\nactual:\n" + ModelJson.Serialize(actual) + "\nexpected:\n" + ModelJson.Serialize(expected));
    }

    /// <summary>Stricter than <see cref="Fingerprint"/>, which leaves column order out (a remark for users): a plan
    /// must also add columns in their declared order. Dependency edges are facts, not schema, and stay out.</summary>
    public static bool SameIncludingColumnOrder(DatabaseModel actual, DatabaseModel expected) =>
        actual with { Dependencies = [] } == expected with { Dependencies = [] };
}
