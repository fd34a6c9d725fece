using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Npgsql;
using SurveySchema.Model;

namespace SurveySchema.Server;

/// <summary>A PostgreSQL server on which the tool may create and drop scratch databases.</summary>
public sealed partial class PostgresServer
{
    /// <summary>The database with <c>postgis</c> and <c>uuid-ossp</c> that <see cref="DatabaseTemplate.PostGis"/>
    /// clones.</summary>
    public const string PostGisTemplateName = "surveyschema_template_postgis";

    private const int MaximumIdentifierLength = 63;
    private const int MaximumCloneAttempts = 8;
    private const int MaximumDropAttempts = 7;

    // CREATE DATABASE … TEMPLATE fails when any other session is connected to the template (PostgreSQL
    // waits 5 s, then raises 55006): clones from this process go one at a time, and retry on that error for
    // sessions of other processes.
    private readonly SemaphoreSlim cloneGate = new(1, 1);
    private readonly SemaphoreSlim templateGate = new(1, 1);
    private readonly PostGisTemplate postGisTemplate;

    public PostgresServer(string adminConnectionString)
    {
        AdminConnectionString = adminConnectionString;
        Display = ConnectionDescription.Describe(adminConnectionString);
        postGisTemplate = new PostGisTemplate(this);
    }

    /// <summary>Connection string to a maintenance database (<c>postgres</c>) with CREATEDB rights.</summary>
    public string AdminConnectionString { get; }

    /// <summary>Host, port, database and user of the admin connection, for messages (no password).</summary>
    public string Display { get; }

    /// <summary>Creates a new, uniquely named database from <paramref name="template"/>.</summary>
    public async Task<ScratchDatabase> CreateDatabaseAsync(
        DatabaseTemplate template = DatabaseTemplate.PostGis,
        string prefix = "surveyschema_scratch",
        CancellationToken cancellationToken = default)
    {
        var name = UniqueName(prefix);
        var installExtensions = false;
        var source = "template0";
        if (template == DatabaseTemplate.PostGis)
        {
            var ready = await PreparePostGisTemplateAsync(cancellationToken).ConfigureAwait(false);
            source = ready ? PostGisTemplateName : "template0";
            installExtensions = !ready;
        }

        await CloneAsync(name, source, cancellationToken).ConfigureAwait(false);
        var database = new ScratchDatabase(this, name, ConnectionStringFor(name));
        if (installExtensions)
        {
            try
            {
                await PostGisTemplate.InstallExtensionsAsync(database.ConnectionString, cancellationToken)
                    .ConfigureAwait(false);
            }
            catch (PostgresException exception)
            {
                await database.DisposeAsync().ConfigureAwait(false);
                throw new PostgresServerException(
                    $"cannot install postgis and uuid-ossp in a new database on {Display}: {exception.MessageText}. "
                    + $"Ask a superuser to create the template once: CREATE DATABASE {PostGisTemplateName}; then in it "
                    + "CREATE EXTENSION postgis; CREATE EXTENSION \"uuid-ossp\";",
                    exception);
            }
        }

        return database;
    }

    /// <summary>Set by <see cref="EmbeddedPostgres"/> when it stops the server: its databases are gone
    /// with it, and dropping one is a no-op.</summary>
    internal bool IsStopped { get; set; }

    /// <summary>Creates <see cref="PostGisTemplateName"/> if missing; false when this role cannot install
    /// PostGIS there (each PostGIS database then installs the extensions itself).</summary>
    internal async Task<bool> PreparePostGisTemplateAsync(CancellationToken cancellationToken)
    {
        await templateGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await postGisTemplate.EnsureAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            templateGate.Release();
        }
    }

    /// <summary>The admin connection string pointed at <paramref name="database"/>.</summary>
    public string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database }.ConnectionString;

    internal async Task ExecuteAdminAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        // No command timeout: CREATE/DROP DATABASE copy or remove whole directories, which at thousands of
        // tables on a loaded machine can outlast Npgsql's default 30 s; cancellation still ends the wait.
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Drops <paramref name="name"/>, ending its sessions (pooled ones of this process first).</summary>
    internal async Task DropDatabaseAsync(string name, CancellationToken cancellationToken)
    {
        if (IsStopped)
        {
            return;
        }

        using (var pooled = new NpgsqlConnection(ConnectionStringFor(name)))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        // WITH (FORCE) (PostgreSQL 13+) terminates the sessions a test left open instead of failing.
        var sql = $"DROP DATABASE IF EXISTS {SqlIdentifier.Quote(name)} WITH (FORCE)";
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ExecuteAdminAsync(sql, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (PostgresException exception) when (IsTransientForDrop(exception) && attempt < MaximumDropAttempts)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250 * attempt), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>A session that just failed with "out of shared memory" (53200: the lock table is full, DESIGN.md's
    /// scale facts) still holds its thousands of locks until it has reported the error, and a DROP DATABASE sent at
    /// once can hit the same error or find the session still there: such failures pass within a few seconds, and a
    /// scratch database must not outlive its use.</summary>
    private static bool IsTransientForDrop(PostgresException exception) =>
        exception.SqlState is PostgresErrorCodes.OutOfMemory or PostgresErrorCodes.ObjectInUse
            or PostgresErrorCodes.LockNotAvailable;

    private async Task CloneAsync(string name, string source, CancellationToken cancellationToken)
    {
        var sql = $"CREATE DATABASE {SqlIdentifier.Quote(name)} TEMPLATE {SqlIdentifier.Quote(source)}";
        await cloneGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await ExecuteAdminAsync(sql, cancellationToken).ConfigureAwait(false);
                    return;
                }
                catch (PostgresException exception)
                    when (exception.SqlState == PostgresErrorCodes.ObjectInUse && attempt < MaximumCloneAttempts)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(250 * attempt), cancellationToken).ConfigureAwait(false);
                }
                catch (PostgresException exception)
                {
                    throw new PostgresServerException(
                        $"cannot create database {name} from {source} on {Display}: {exception.MessageText}"
                        + (exception.SqlState == PostgresErrorCodes.InsufficientPrivilege
                            ? " (the role needs the CREATEDB privilege)"
                            : string.Empty),
                        exception);
                }
            }
        }
        finally
        {
            cloneGate.Release();
        }
    }

    private static string UniqueName(string prefix)
    {
        const int suffixLength = 8;
        if (!PrefixPattern().IsMatch(prefix) || prefix.Length > MaximumIdentifierLength - suffixLength - 1)
        {
            throw new ArgumentException(
                $"a database name prefix is lower-case letters, digits and _ (at most "
                + $"{MaximumIdentifierLength - suffixLength - 1} characters): '{prefix}'",
                nameof(prefix));
        }

        return $"{prefix}_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(suffixLength / 2))}";
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]*$")]
    private static partial Regex PrefixPattern();
}
