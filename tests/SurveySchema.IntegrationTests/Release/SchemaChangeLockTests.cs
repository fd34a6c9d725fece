using Npgsql;
using SurveySchema.Revisions;
using SurveySchema.Server;

namespace SurveySchema.IntegrationTests.Release;

/// <summary>The schema-change lock is given back on its own connection, before that connection closes: a command
/// started right after the one that held it must find it free, not wait on the server process still exiting.</summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class SchemaChangeLockTests
{
    [Test]
    public async Task Released_lock_is_free_for_another_session_while_the_holder_stays_connected()
    {
        await using var database = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);
        await using var holder = await OpenAsync(database.ConnectionString);
        await using var next = await OpenAsync(database.ConnectionString);

        Assert.That(await SchemaChangeLock.TryTakeAsync(holder, CancellationToken.None), Is.True);
        Assert.That(await SchemaChangeLock.TryTakeAsync(next, CancellationToken.None), Is.False, "held by the first session");

        await using (SchemaChangeLock.ReleasedOnDispose(holder))
        {
        }

        Assert.That(holder.State, Is.EqualTo(System.Data.ConnectionState.Open));
        Assert.That(await SchemaChangeLock.TryTakeAsync(next, CancellationToken.None), Is.True, "given back by the first session");
    }

    [Test]
    public async Task Releasing_on_a_closed_connection_is_no_error()
    {
        await using var database = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);
        await using var holder = await OpenAsync(database.ConnectionString);
        Assert.That(await SchemaChangeLock.TryTakeAsync(holder, CancellationToken.None), Is.True);
        await holder.CloseAsync();

        Assert.DoesNotThrowAsync(() => SchemaChangeLock.ReleaseAsync(holder));
    }

    private static async Task<NpgsqlConnection> OpenAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
