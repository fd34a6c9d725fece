using SurveySchema.Server;

namespace SurveySchema.IntegrationTests.Revisions;

/// <summary>Databases built before SurveySchema: an Alembic-era one is recognised and adopted with stamp; one
/// with survey tables but no history is refused with the way out.</summary>
[TestFixture]
public sealed class AdoptionTests
{
    [Test]
    public async Task AnAlembicEraDatabaseIsNamedStampedAndThenUpgraded()
    {
        await using var database = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);
        var connection = database.ConnectionString;
        string[] Args(params string[] command) => [.. command, "--project", RepositoryPaths.Schema, "--connection", connection];

        // What Flask-Migrate left behind: 0001's schema and Alembic's version table.
        await TargetQueries.ExecuteAsync(connection, await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Revisions, "0001_initial_schema.up.sql")));
        await TargetQueries.ExecuteAsync(connection,
            "CREATE TABLE public.alembic_version (version_num varchar(32) PRIMARY KEY); INSERT INTO public.alembic_version VALUES ('0001');");

        var current = await CliRun.InProcessAsync(Args("current"));
        Assert.That(current.ExitCode, Is.Zero, current.ToString());
        Assert.That(current.Output, Does.Contain("public.alembic_version is at 0001, which is our 0001 initial schema"));
        Assert.That(current.Output, Does.Contain("adopt it with: surveyschema stamp 0001"));

        var refused = await CliRun.InProcessAsync(Args("upgrade"));
        Assert.That(refused.ExitCode, Is.EqualTo(3), refused.ToString());
        Assert.That(refused.Error, Does.Contain("surveyschema stamp 0001"));
        Assert.That(await TargetQueries.TableExistsAsync(connection, "surveyschema.revision_history"), Is.False, "a refused run changes nothing");

        var stamp = await CliRun.InProcessAsync(Args("stamp", "0001"));
        Assert.That(stamp.ExitCode, Is.Zero, stamp.ToString());
        Assert.That(stamp.Output, Does.Contain("stamped 0001").And.Contain("public.alembic_version (0001) is left in place"));

        var history = await CliRun.InProcessAsync(Args("history"));
        Assert.That(history.Output, Does.Match(@"0001\s+stamped\s+ok").And.Match(@"0002\s+pending"));

        var upgrade = await CliRun.InProcessAsync(Args("upgrade"));
        Assert.That(upgrade.ExitCode, Is.Zero, upgrade.ToString());
        Assert.That(upgrade.Output, Does.Contain("upgraded 0001 → 0002"));
        Assert.That(await TargetQueries.ColumnExistsAsync(connection, "public.projects", "is_archived"), Is.True);
        Assert.That(await TargetQueries.HistoryAsync(connection), Is.EqualTo(new[] { "0001", "0002" }));
        Assert.That(await TargetQueries.ScalarAsync<string>(connection, "SELECT version_num FROM public.alembic_version"), Is.EqualTo("0001"));
    }

    [Test]
    public async Task SurveyTablesWithoutHistoryAreNamedAndRefused()
    {
        await using var database = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);
        var connection = database.ConnectionString;
        string[] Args(params string[] command) => [.. command, "--project", RepositoryPaths.Schema, "--connection", connection];
        await TargetQueries.ExecuteAsync(connection, "CREATE TABLE public.projects (id int)");

        var current = await CliRun.InProcessAsync(Args("current"));
        Assert.That(current.Output, Does.Contain("has survey tables (public.projects) but no revision history: run `surveyschema stamp <rev>`"));

        var upgrade = await CliRun.InProcessAsync(Args("upgrade"));
        Assert.That(upgrade.ExitCode, Is.EqualTo(3), upgrade.ToString());
        Assert.That(upgrade.Error, Does.Contain("has survey tables (public.projects) but no revision history"));
        Assert.That(await TargetQueries.TableExistsAsync(connection, "surveyschema.revision_history"), Is.False);
    }

    [Test]
    public async Task StampBaseLetsTheChainStartBesideUnrelatedTables()
    {
        await using var database = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);
        using var project = TestProject.Empty().Add("one", "CREATE TABLE one (id int);");
        await TargetQueries.ExecuteAsync(database.ConnectionString, "CREATE TABLE public.someone_elses (id int)");
        Assert.That((await CliRun.InProcessAsync(project.Args(database.ConnectionString, "upgrade"))).ExitCode, Is.EqualTo(3));

        var stamp = await CliRun.InProcessAsync(project.Args(database.ConnectionString, "stamp", "base"));
        var upgrade = await CliRun.InProcessAsync(project.Args(database.ConnectionString, "upgrade"));

        Assert.That(stamp.ExitCode, Is.Zero, stamp.ToString());
        Assert.That(upgrade.ExitCode, Is.Zero, upgrade.ToString());
        Assert.That(await TargetQueries.HistoryAsync(database.ConnectionString), Is.EqualTo(new[] { "0001" }));
    }

    [Test]
    public async Task StampBaseForgetsEverything()
    {
        await using var database = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);
        using var project = TestProject.Empty().Add("one", "CREATE TABLE one (id int);").Add("two", "CREATE TABLE two (id int);");
        Assert.That((await CliRun.InProcessAsync(project.Args(database.ConnectionString, "stamp", "head"))).ExitCode, Is.Zero);
        Assert.That(await TargetQueries.HistoryAsync(database.ConnectionString), Is.EqualTo(new[] { "0001", "0002" }));
        Assert.That(await TargetQueries.TableExistsAsync(database.ConnectionString, "public.one"), Is.False, "stamp runs nothing");

        var stamp = await CliRun.InProcessAsync(project.Args(database.ConnectionString, "stamp", "base"));

        Assert.That(stamp.ExitCode, Is.Zero, stamp.ToString());
        Assert.That(await TargetQueries.HistoryAsync(database.ConnectionString), Is.Empty);
    }
}
