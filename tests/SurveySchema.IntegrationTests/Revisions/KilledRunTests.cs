using Npgsql;
using SurveySchema.Server;

namespace SurveySchema.IntegrationTests.Revisions;

/// <summary>A CLI process killed (SIGKILL) in the middle of a revision: the server rolls the revision's
/// transaction back and drops the lock with the connection, so the database stays at the previous
/// revision and the next run simply does the work.</summary>
[TestFixture]
[NonParallelizable]
public sealed class KilledRunTests
{
    [Test]
    public async Task AKilledRunLeavesThePreviousRevisionAndTheNextRunCompletes()
    {
        await using var database = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);
        var connection = database.ConnectionString;

        // 0003 sleeps as long as the session's surveyschema_test.sleep_seconds says: 30 s for the run that
        // is killed, not at all for the run after it.
        using var project = TestProject.Empty()
            .Add("one", "CREATE TABLE one (id int);", "DROP TABLE one;")
            .Add("two", "CREATE TABLE two (id int);", "DROP TABLE two;")
            .Add("slow", "CREATE TABLE slow (id int);\nSELECT pg_sleep(coalesce(current_setting('surveyschema_test.sleep_seconds', true), '0')::double precision);\n", "DROP TABLE slow;");
        var sleepy = new NpgsqlConnectionStringBuilder(connection) { Options = "-c surveyschema_test.sleep_seconds=30" }.ConnectionString;

        using var child = CliRun.Start(project.Args(sleepy, "upgrade"));
        var sleeping = await WaitForAsync(connection, "SELECT count(*) > 0 FROM pg_stat_activity WHERE state = 'active' AND query LIKE 'SELECT pg_sleep(%'", TimeSpan.FromSeconds(60));
        Assert.That(sleeping, Is.True, "the child should be inside 0003");

        child.Kill(); // SIGKILL on Unix
        await child.WaitForExitAsync();

        Assert.That(await TargetQueries.HistoryAsync(connection), Is.EqualTo(new[] { "0001", "0002" }));
        Assert.That(await TargetQueries.TableExistsAsync(connection, "public.slow"), Is.False);

        // client_connection_check_interval: the orphaned backend notices its client is gone and stops.
        var gone = await WaitForAsync(connection, "SELECT count(*) = 0 FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(%'", TimeSpan.FromSeconds(10));
        Assert.That(gone, Is.True, "the killed run's backend should stop well before its 30 s sleep ends");

        var next = await CliRun.InProcessAsync(project.Args(connection, "upgrade", "--lock-timeout", "20s"));
        Assert.That(next.ExitCode, Is.Zero, next.ToString());
        Assert.That(next.Output, Does.Contain("upgraded 0002 → 0003"));
        Assert.That(await TargetQueries.HistoryAsync(connection), Is.EqualTo(new[] { "0001", "0002", "0003" }));
        Assert.That(await TargetQueries.TableExistsAsync(connection, "public.slow"), Is.True);
    }

    private static async Task<bool> WaitForAsync(string connection, string condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (await TargetQueries.ScalarAsync<bool>(connection, condition))
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }
}
