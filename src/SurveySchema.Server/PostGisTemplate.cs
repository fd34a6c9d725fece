using System.Security.Cryptography;
using Npgsql;
using SurveySchema.Model;

namespace SurveySchema.Server;

/// <summary>Keeps a database with PostGIS and uuid-ossp on a server so that a PostGIS database costs a
/// <c>CREATE DATABASE … TEMPLATE</c> rather than a <c>CREATE EXTENSION postgis</c> (about a second each).</summary>
internal sealed class PostGisTemplate(PostgresServer server)
{
    // Session advisory lock: two processes preparing the same server build the template once.
    private const long BuildLockKey = 0x5355_5256_5359_5331;

    /// <summary>Null until known: true when the template is there, false when the role cannot create it
    /// (each database then gets the extensions itself).</summary>
    private bool? ready;

    /// <summary>Makes sure the template exists; false when it cannot be built with this role's rights.
    /// The caller serialises calls.</summary>
    public async Task<bool> EnsureAsync(CancellationToken cancellationToken)
    {
        if (ready is { } known)
        {
            return known;
        }

        await using var admin = new NpgsqlConnection(server.AdminConnectionString);
        await admin.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (await ExistsAsync(admin, cancellationToken).ConfigureAwait(false))
        {
            ready = true;
            return true;
        }

        await ExecuteAsync(admin, $"SELECT pg_advisory_lock({BuildLockKey})", cancellationToken).ConfigureAwait(false);
        try
        {
            ready = await ExistsAsync(admin, cancellationToken).ConfigureAwait(false)
                || await BuildAsync(admin, cancellationToken).ConfigureAwait(false);
            return ready.Value;
        }
        finally
        {
            await ExecuteAsync(admin, $"SELECT pg_advisory_unlock({BuildLockKey})", CancellationToken.None)
                .ConfigureAwait(false);
        }
    }

    public static async Task InstallExtensionsAsync(string connectionString, CancellationToken cancellationToken)
    {
        // Not pooled: a template must have no session left when it is cloned.
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(
            connection,
            "CREATE EXTENSION IF NOT EXISTS postgis; CREATE EXTENSION IF NOT EXISTS \"uuid-ossp\"",
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Builds under a temporary name and renames at the end, so that a build cut short never
    /// leaves a template without its extensions.</summary>
    private async Task<bool> BuildAsync(NpgsqlConnection admin, CancellationToken cancellationToken)
    {
        var building = $"{PostgresServer.PostGisTemplateName}_build_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}";
        var quotedBuilding = SqlIdentifier.Quote(building);
        var quotedTemplate = SqlIdentifier.Quote(PostgresServer.PostGisTemplateName);
        try
        {
            await ExecuteAsync(admin, $"CREATE DATABASE {quotedBuilding} TEMPLATE template0", cancellationToken)
                .ConfigureAwait(false);
        }
        catch (PostgresException exception)
        {
            throw new PostgresServerException(
                $"cannot create databases on {server.Display}: {exception.MessageText} "
                + "(the role needs the CREATEDB privilege)",
                exception);
        }

        try
        {
            await InstallExtensionsAsync(server.ConnectionStringFor(building), cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException)
        {
            // Usually "permission denied to create extension postgis": each database will try by itself.
            await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS {quotedBuilding} WITH (FORCE)", CancellationToken.None)
                .ConfigureAwait(false);
            return false;
        }

        await ExecuteAsync(admin, $"ALTER DATABASE {quotedBuilding} RENAME TO {quotedTemplate}", cancellationToken)
            .ConfigureAwait(false);
        // A template nobody connects to can always be cloned (no "being accessed by other users"), and
        // IS_TEMPLATE lets any role with CREATEDB clone it. Both need ownership or superuser: best effort.
        await TryExecuteAsync(admin, $"ALTER DATABASE {quotedTemplate} IS_TEMPLATE true", cancellationToken)
            .ConfigureAwait(false);
        await TryExecuteAsync(admin, $"ALTER DATABASE {quotedTemplate} ALLOW_CONNECTIONS false", cancellationToken)
            .ConfigureAwait(false);
        return true;
    }

    private static async Task<bool> ExistsAsync(NpgsqlConnection admin, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = $1", admin);
        command.Parameters.Add(new NpgsqlParameter { Value = PostgresServer.PostGisTemplateName });
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))! > 0;
    }

    private static async Task TryExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        try
        {
            await ExecuteAsync(connection, sql, cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            // Cloning still works for the owner.
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
