using SurveySchema.Server;

namespace SurveySchema.IntegrationTests.Revisions;

/// <summary>The real chain (schema/revisions) walked up, down and up again through the CLI.</summary>
[TestFixture]
public sealed class RevisionCycleTests
{
    [Test]
    public async Task UpgradeDowngradeUpgradeWalksTheRealChain()
    {
        await using var database = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);
        string[] Args(params string[] command) => [.. command, "--project", RepositoryPaths.Schema, "--connection", database.ConnectionString];

        var upgrade = await CliRun.InProcessAsync(Args("upgrade"));
        Assert.That(upgrade.ExitCode, Is.Zero, upgrade.ToString());
        Assert.That(upgrade.Output, Does.Contain("upgraded base → 0001 (").And.Contain("upgraded 0001 → 0002 ("));
        Assert.That(await TargetQueries.ColumnExistsAsync(database.ConnectionString, "public.projects", "is_archived"), Is.True);

        var current = await CliRun.InProcessAsync(Args("current"));
        Assert.That(current.ExitCode, Is.Zero, current.ToString());
        Assert.That(current.Output, Does.Contain("at 0002 add project archiving (head)"));

        var history = await CliRun.InProcessAsync(Args("history"));
        Assert.That(history.ExitCode, Is.Zero, history.ToString());
        Assert.That(history.Output, Does.Match(@"0001\s+applied\s+ok\s+initial schema").And.Match(@"0002\s+applied\s+ok\s+add project archiving"));

        var downgrade = await CliRun.InProcessAsync(Args("downgrade"));
        Assert.That(downgrade.ExitCode, Is.Zero, downgrade.ToString());
        Assert.That(downgrade.Output, Does.Contain("downgraded 0002 → 0001"));
        Assert.That(await TargetQueries.ColumnExistsAsync(database.ConnectionString, "public.projects", "is_archived"), Is.False);
        Assert.That(await TargetQueries.TableExistsAsync(database.ConnectionString, "public.projects"), Is.True);

        current = await CliRun.InProcessAsync(Args("current"));
        Assert.That(current.Output, Does.Contain("at 0001 initial schema; head is 0002 (1 pending"));
        history = await CliRun.InProcessAsync(Args("history"));
        Assert.That(history.Output, Does.Match(@"0002\s+pending\s+add project archiving"));

        upgrade = await CliRun.InProcessAsync(Args("upgrade"));
        Assert.That(upgrade.ExitCode, Is.Zero, upgrade.ToString());
        Assert.That(upgrade.Output, Does.Contain("upgraded 0001 → 0002").And.Not.Contain("base → 0001"));
        Assert.That(await TargetQueries.HistoryAsync(database.ConnectionString), Is.EqualTo(new[] { "0001", "0002" }));

        var again = await CliRun.InProcessAsync(Args("upgrade"));
        Assert.That((again.ExitCode, again.Output.Trim()), Is.EqualTo((0, "already at 0002 (head)")));
    }

    [Test]
    public async Task DowngradeToBaseRemovesEverythingButOurHistoryTables()
    {
        await using var database = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);
        string[] Args(params string[] command) => [.. command, "--project", RepositoryPaths.Schema, "--connection", database.ConnectionString];
        Assert.That((await CliRun.InProcessAsync(Args("upgrade"))).ExitCode, Is.Zero);

        var downgrade = await CliRun.InProcessAsync(Args("downgrade", "base"));

        Assert.That(downgrade.ExitCode, Is.Zero, downgrade.ToString());
        Assert.That(downgrade.Output, Does.Contain("downgraded 0002 → 0001").And.Contain("downgraded 0001 → base"));
        Assert.That(await TargetQueries.TableExistsAsync(database.ConnectionString, "public.projects"), Is.False);
        Assert.That(await TargetQueries.HistoryAsync(database.ConnectionString), Is.Empty);
        Assert.That((await CliRun.InProcessAsync(Args("current"))).Output, Does.Contain("at base (no revision applied)"));
    }

    [Test]
    public async Task AnUnknownRevisionIsAnError()
    {
        await using var database = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);

        var result = await CliRun.InProcessAsync("upgrade", "0042", "--project", RepositoryPaths.Schema, "--connection", database.ConnectionString);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Error, Does.Contain("no revision '0042'"));
    }
}
