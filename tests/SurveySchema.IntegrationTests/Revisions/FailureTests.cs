using Dapper;
using Npgsql;
using SurveySchema.Revisions;
using SurveySchema.Server;

namespace SurveySchema.IntegrationTests.Revisions;

/// <summary>Failing statements, syntax errors refused up front, no-transaction segments, the lock timeout
/// and statements the splitter must keep whole, against a real server.</summary>
[TestFixture]
public sealed class FailureTests
{
    [Test]
    public async Task ARevisionThatFailsHalfwayLeavesNoTrace()
    {
        await using var database = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);
        using var project = TestProject.Empty()
            .Add("one", "CREATE TABLE one (id int);", "DROP TABLE one;")
            .Add("two", "CREATE TABLE two (id int);", "DROP TABLE two;")
            .Add("three", "CREATE TABLE three (id int);\n\n-- the second statement fails\nINSERT INTO three\n    SELECT nope FROM one;\n", "DROP TABLE three;");
        var file = project.PathOf("0003_three.up.sql");
        var lines = await File.ReadAllLinesAsync(file);
        var line = Array.FindIndex(lines, text => text.Contains("SELECT nope", StringComparison.Ordinal)) + 1;
        var column = lines[line - 1].IndexOf("nope", StringComparison.Ordinal) + 1;

        var result = await CliRun.InProcessAsync(project.Args(database.ConnectionString, "upgrade"));

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Output, Does.Contain("upgraded 0001 → 0002"));
        Assert.That(result.Error, Does.Contain($"{file}({line},{column}): error {RevisionProblemCodes.StatementFailed}: column \"nope\" does not exist [42703]"));
        Assert.That(result.Error, Does.Contain("statement: INSERT INTO three"));
        Assert.That(result.Error, Does.Contain("the database stays at 0002"));
        Assert.That(await TargetQueries.TableExistsAsync(database.ConnectionString, "public.three"), Is.False);
        Assert.That(await TargetQueries.HistoryAsync(database.ConnectionString), Is.EqualTo(new[] { "0001", "0002" }));
        Assert.That((await CliRun.InProcessAsync(project.Args(database.ConnectionString, "current"))).Output, Does.Contain("at 0002 two; head is 0003"));
    }

    [Test]
    public async Task ARevisionWithASyntaxErrorIsRefusedBeforeAnythingRuns()
    {
        await using var database = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);
        using var project = TestProject.Empty()
            .Add("one", "CREATE TABLE one (id int);", "DROP TABLE one;")
            .Add("two", "CREATE TABLE two (id int);\n\n-- the typo comes last\nCREATE TABLE broken (id int,, x int);\n", "DROP TABLE two;");
        var file = project.PathOf("0002_two.up.sql");
        var lines = await File.ReadAllLinesAsync(file);
        var line = Array.FindIndex(lines, text => text.Contains(",,", StringComparison.Ordinal)) + 1;
        var column = lines[line - 1].IndexOf(",,", StringComparison.Ordinal) + 2;

        var online = await CliRun.InProcessAsync(project.Args(database.ConnectionString, "upgrade"));
        var offline = await CliRun.InProcessAsync(project.Args(database.ConnectionString, "upgrade", "--sql"));

        var expected = $"{file}({line},{column}): error {RevisionProblemCodes.Syntax}: syntax error at or near \",\"";
        Assert.That(online.ExitCode, Is.EqualTo(3), online.ToString());
        Assert.That(online.Error, Does.Contain(expected).And.Contain("is not a valid revision chain"));
        Assert.That(offline.ExitCode, Is.EqualTo(3), offline.ToString());
        Assert.That(offline.Output, Is.Empty, "no script is printed for a chain that does not parse");

        // Not even 0001, which parses, ran: the whole chain is refused before a connection is made.
        Assert.That(await TargetQueries.TableExistsAsync(database.ConnectionString, "public.one"), Is.False);
        Assert.That(await TargetQueries.TableExistsAsync(database.ConnectionString, "public.two"), Is.False);
        Assert.That(await TargetQueries.ScalarAsync<bool>(database.ConnectionString, "SELECT to_regnamespace('surveyschema') IS NULL"), Is.True);
    }

    [Test]
    public async Task NoTransactionStatementsRunOutsideAndAreRecorded()
    {
        await using var database = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);
        using var project = TestProject.Empty()
            .Add("table", "CREATE TABLE t (id int);", "DROP TABLE t;")
            .Add("index", "-- surveyschema:no-transaction\nCREATE INDEX CONCURRENTLY t_id ON t (id);\n", "-- surveyschema:no-transaction\nDROP INDEX CONCURRENTLY t_id;\n");

        var upgrade = await CliRun.InProcessAsync(project.Args(database.ConnectionString, "upgrade"));

        Assert.That(upgrade.ExitCode, Is.Zero, upgrade.ToString());
        Assert.That(await TargetQueries.ScalarAsync<bool>(database.ConnectionString, "SELECT indisvalid FROM pg_index WHERE indexrelid = 'public.t_id'::regclass"), Is.True);
        Assert.That(await TargetQueries.HistoryAsync(database.ConnectionString), Is.EqualTo(new[] { "0001", "0002" }));
        Assert.That(await TargetQueries.ScalarAsync<long>(database.ConnectionString, "SELECT count(*) FROM surveyschema.revision_progress"), Is.Zero);

        var downgrade = await CliRun.InProcessAsync(project.Args(database.ConnectionString, "downgrade"));
        Assert.That(downgrade.ExitCode, Is.Zero, downgrade.ToString());
        Assert.That(await TargetQueries.TableExistsAsync(database.ConnectionString, "public.t_id"), Is.False);
        Assert.That(await TargetQueries.HistoryAsync(database.ConnectionString), Is.EqualTo(new[] { "0001" }));
    }

    [Test]
    public async Task AFailureAfterANoTransactionStatementReportsWhatRanAndIsRefusedUntilStamped()
    {
        await using var database = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);
        using var project = TestProject.Empty()
            .Add("table", "CREATE TABLE t (id int);", "DROP TABLE t;")
            .Add("indexes", "-- surveyschema:no-transaction\nCREATE INDEX CONCURRENTLY t_a ON t (id);\nCREATE INDEX CONCURRENTLY t_b ON missing (id);\n");
        var connection = database.ConnectionString;

        var failed = await CliRun.InProcessAsync(project.Args(connection, "upgrade"));

        Assert.That(failed.ExitCode, Is.EqualTo(1), failed.ToString());
        Assert.That(failed.Error, Does.Contain("relation \"missing\" does not exist"));
        Assert.That(failed.Error, Does.Match(@"already committed: unit 2 \(lines \d+\); the database is between 0001 and 0002"));
        Assert.That(await TargetQueries.TableExistsAsync(connection, "public.t_a"), Is.True, "committed outside a transaction, as documented");
        Assert.That(await TargetQueries.HistoryAsync(connection), Is.EqualTo(new[] { "0001" }));

        var refused = await CliRun.InProcessAsync(project.Args(connection, "upgrade"));
        Assert.That(refused.ExitCode, Is.EqualTo(3), refused.ToString());
        Assert.That(refused.Error, Does.Contain("revision 0002 (up) stopped partway").And.Contain("`surveyschema stamp 0002`"));
        Assert.That((await CliRun.InProcessAsync(project.Args(connection, "history"))).Output, Does.Match(@"0002\s+partway"));

        // The operator finishes by hand and records it.
        await TargetQueries.ExecuteAsync(connection, "CREATE INDEX t_b ON t (id)");
        var stamp = await CliRun.InProcessAsync(project.Args(connection, "stamp", "0002"));
        Assert.That(stamp.ExitCode, Is.Zero, stamp.ToString());
        var current = await CliRun.InProcessAsync(project.Args(connection, "current"));
        Assert.That(current.ExitCode, Is.Zero, current.ToString());
        Assert.That(current.Output, Does.Contain("at 0002 indexes (head)"));
        Assert.That(await TargetQueries.ScalarAsync<long>(connection, "SELECT count(*) FROM surveyschema.revision_progress"), Is.Zero);
    }

    [Test]
    public async Task AWaitingRunGivesUpAfterTheLockTimeoutNamingTheHolder()
    {
        await using var database = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);
        using var project = TestProject.Empty().Add("one", "CREATE TABLE one (id int);");
        await using var holder = new NpgsqlConnection(database.ConnectionString + ";Application Name=holder-under-test");
        await holder.OpenAsync();
        await holder.ExecuteAsync("SELECT pg_advisory_lock(@key)", new { key = RevisionLock.Key });
        var pid = holder.ProcessID;

        var result = await CliRun.InProcessAsync(project.Args(database.ConnectionString, "upgrade", "--lock-timeout", "1s"));

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Error, Does.Contain($"waiting for the revision lock, held by pid {pid} (").And.Contain("holder-under-test"));
        Assert.That(result.Error, Does.Contain($"error {RevisionProblemCodes.LockTimeout}: gave up after 1 s"));
        Assert.That(await TargetQueries.TableExistsAsync(database.ConnectionString, "public.one"), Is.False);

        await holder.ExecuteAsync("SELECT pg_advisory_unlock(@key)", new { key = RevisionLock.Key });
        Assert.That((await CliRun.InProcessAsync(project.Args(database.ConnectionString, "upgrade", "--lock-timeout", "1s"))).ExitCode, Is.Zero);
    }

    [Test]
    public async Task AWaitingRunGivesUpAfterFiveSecondsByDefault()
    {
        await using var database = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);
        using var project = TestProject.Empty().Add("one", "CREATE TABLE one (id int);");
        await using var holder = new NpgsqlConnection(database.ConnectionString);
        await holder.OpenAsync();
        await holder.ExecuteAsync("SELECT pg_advisory_lock(@key)", new { key = RevisionLock.Key });

        var result = await CliRun.InProcessAsync(project.Args(database.ConnectionString, "upgrade"));

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Error, Does.Contain("(up to 5.0 s)").And.Contain($"error {RevisionProblemCodes.LockTimeout}: gave up after 5 s"), result.ToString());
    }

    [Test]
    public async Task StatementsTheServerMustSeeWholeRunAsWritten()
    {
        await using var database = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);
        using var project = TestProject.Empty().Add("functions",
            """
            CREATE FUNCTION double_it(n int) RETURNS int LANGUAGE sql IMMUTABLE
            BEGIN ATOMIC
                SELECT CASE WHEN n IS NULL THEN NULL ELSE n * 2 END;
            END;

            DO $$
            BEGIN
                RAISE NOTICE 'semicolons; inside; dollar quotes';
            END
            $$;

            CREATE TABLE notes (body text DEFAULT E'it\'s; fine');
            """,
            "DROP TABLE notes;\nDROP FUNCTION double_it(int);");

        var result = await CliRun.InProcessAsync(project.Args(database.ConnectionString, "upgrade"));

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(await TargetQueries.ScalarAsync<int>(database.ConnectionString, "SELECT double_it(21)"), Is.EqualTo(42));
        Assert.That(await TargetQueries.ScalarAsync<string>(database.ConnectionString, "SELECT pg_get_expr(adbin, adrelid) FROM pg_attrdef WHERE adrelid = 'notes'::regclass"),
            Does.Contain("it''s; fine"));
    }
}
