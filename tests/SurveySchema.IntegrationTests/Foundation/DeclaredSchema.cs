using Npgsql;

namespace SurveySchema.IntegrationTests.Foundation;

/// <summary>Applies <c>schema/</c> to a database: <c>extensions.sql</c>, then every table file.</summary>
/// <remarks>Ordering statements by what they reference is the parser's job, not the tests'. Here a table
/// file that refers to a table not created yet simply fails, rolls back, and is retried after the others;
/// a round without progress is a real error.</remarks>
internal static class DeclaredSchema
{
    public static string ExtensionsFile => Path.Combine(RepositoryPaths.Schema, "extensions.sql");

    public static IReadOnlyList<string> TableFiles =>
        Directory.GetFiles(Path.Combine(RepositoryPaths.Schema, "tables"), "*.sql").Order(StringComparer.Ordinal).ToList();

    public static async Task ApplyAsync(NpgsqlConnection connection, CancellationToken cancellationToken = default)
    {
        await SqlScript.ApplyAsync(connection, ExtensionsFile, cancellationToken);

        var pending = TableFiles;
        while (pending.Count > 0)
        {
            var deferred = new List<string>();
            var failures = new List<SqlScriptException>();
            foreach (var file in pending)
            {
                try
                {
                    await SqlScript.ApplyAsync(connection, file, cancellationToken);
                }
                catch (SqlScriptException failure) when (failure.Postgres.SqlState == PostgresErrorCodes.UndefinedTable)
                {
                    deferred.Add(file);
                    failures.Add(failure);
                }
            }

            if (deferred.Count == pending.Count)
            {
                throw new AggregateException("schema/ table files reference tables that no file creates", failures);
            }

            pending = deferred;
        }
    }
}
