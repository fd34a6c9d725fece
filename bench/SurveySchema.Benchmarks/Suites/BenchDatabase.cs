using Npgsql;
using SurveySchema.Server;

namespace SurveySchema.Benchmarks.Suites;

/// <summary>A database on the embedded server that holds a generated schema: created from the PostGIS
/// template, loaded in batches, and dropped when disposed.</summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    /// <summary>Statements per transaction when loading. Every relation a transaction creates holds its locks
    /// until COMMIT (DESIGN.md, scale facts: one transaction of 5 000 tables needs far more than the default
    /// lock table and is twice as slow as short transactions), so the load commits every 200 statements, the
    /// same size the shadow build uses.</summary>
    private const int BatchSize = 200;

    private readonly PostgresServer server;

    private BenchDatabase(PostgresServer server, string name)
    {
        this.server = server;
        Name = name;
        // Not pooled: every read opens a new backend, as a fresh `surveyschema inspect` process would, and
        // nothing lingers on the database when it is cloned or dropped.
        ConnectionString = new NpgsqlConnectionStringBuilder(server.ConnectionStringFor(name))
        {
            Pooling = false,
            CommandTimeout = 0,
        }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>A new database with postgis and uuid-ossp, cloned from the embedded server's template.</summary>
    public static async Task<BenchDatabase> CreateAsync(PostgresServer server, string prefix, CancellationToken cancellationToken)
    {
        var scratch = await server.CreateDatabaseAsync(DatabaseTemplate.PostGis, prefix, cancellationToken).ConfigureAwait(false);
        // The scratch database would drop itself on dispose; this class drops by name instead, so that clones
        // (which are not ScratchDatabases) and originals are handled alike.
        return new BenchDatabase(server, scratch.Name);
    }

    /// <summary>Runs <paramref name="statements"/> in order, <see cref="BatchSize"/> per transaction, one
    /// round trip per batch.</summary>
    public async Task ApplyAsync(IEnumerable<string> statements, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        foreach (var chunk in statements.Chunk(BatchSize))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using var batch = new NpgsqlBatch(connection, transaction) { Timeout = 0 };
            foreach (var statement in chunk)
            {
                batch.BatchCommands.Add(new NpgsqlBatchCommand(statement));
            }

            await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Vacuums and analyzes the catalogs, as autovacuum would have done long ago on a database
    /// that has lived with its schema for a while: catalog reads are then planned with real statistics, and
    /// autovacuum does not wake up in the middle of a measurement.</summary>
    public async Task SettleCatalogsAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("VACUUM (ANALYZE)", connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Gives every later session on this database a stock server's JIT (<c>jit = on</c>, PostgreSQL's
    /// default): the embedded cluster turns it off for the tests, and a program measured here should meet the
    /// server its users have.</summary>
    public Task UseStockJitAsync(CancellationToken cancellationToken) =>
        ExecuteAdminAsync($"ALTER DATABASE {Quote(Name)} SET jit = on", cancellationToken);

    /// <summary>A copy made with CREATE DATABASE … TEMPLATE (nobody may be connected to this database).</summary>
    public async Task<BenchDatabase> CloneAsync(string name, CancellationToken cancellationToken)
    {
        await ExecuteAdminAsync($"CREATE DATABASE {Quote(name)} TEMPLATE {Quote(Name)}", cancellationToken).ConfigureAwait(false);
        return new BenchDatabase(server, name);
    }

    /// <summary>Model objects, as counted by PostgreSQL: user tables, their columns, constraints and indexes.</summary>
    public async Task<(long Tables, long Columns, long Constraints, long Indexes)> CountAsync(CancellationToken cancellationToken)
    {
        const string sql = """
            select
                (select count(*) from pg_class c where c.relnamespace = 'public'::regnamespace and c.relkind = 'r'
                    and c.relname <> 'spatial_ref_sys'),
                (select count(*) from pg_attribute a join pg_class c on c.oid = a.attrelid
                    where c.relnamespace = 'public'::regnamespace and c.relkind = 'r' and c.relname <> 'spatial_ref_sys'
                    and a.attnum > 0 and not a.attisdropped),
                (select count(*) from pg_constraint k join pg_class c on c.oid = k.conrelid
                    where c.relnamespace = 'public'::regnamespace and c.relname <> 'spatial_ref_sys'),
                (select count(*) from pg_index i join pg_class c on c.oid = i.indrelid
                    where c.relnamespace = 'public'::regnamespace and c.relname <> 'spatial_ref_sys')
            """;
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
    }

    public async ValueTask DisposeAsync()
    {
        await ExecuteAdminAsync($"DROP DATABASE IF EXISTS {Quote(Name)} WITH (FORCE)", CancellationToken.None).ConfigureAwait(false);
    }

    private async Task ExecuteAdminAsync(string sql, CancellationToken cancellationToken)
    {
        var admin = new NpgsqlConnectionStringBuilder(server.AdminConnectionString) { Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
