using System.Text.RegularExpressions;
using SurveySchema.Server;

namespace SurveySchema.IntegrationTests.Cli;

/// <summary>Long work shows progress: away from a terminal (as in CI, and here, where the console is captured)
/// <c>build</c>, <c>upgrade</c> and <c>deploy</c> write plain, timestamped lines on stderr, and stdout stays what it
/// was. Real runs against the test server.</summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed partial class ProgressLinesTests
{
    [Test]
    public async Task BuildLogsStatementsAppliedOfTotalOnStderr()
    {
        var folder = CliDatabase.TemporaryFolder();
        try
        {
            var result = await CliDatabase.RunAsync(
                "build", "--project", RepositoryPaths.Schema, "--out", Path.Combine(folder, "model.json"), "--no-cache",
                "--cache-dir", Path.Combine(folder, "cache"), "--dev-connection", TestServer.Server.AdminConnectionString);

            Assert.That(result.ExitCode, Is.Zero, result.ToString());
            var lines = ProgressLines(result.Error, "build");
            Assert.That(lines[0], Does.Contain("build: creating the shadow database: 0/"), result.ToString());
            Assert.That(lines, Has.Some.Match(@"build: applying statements: \d+/\d+ statements applied"), result.ToString());
            var done = DoneStatements().Match(lines[^1]);
            Assert.That(done.Success, Is.True, lines[^1]);
            Assert.That(done.Groups["applied"].Value, Is.EqualTo(done.Groups["total"].Value), lines[^1]);
            Assert.That(result.Output, Does.Not.Match(Timestamp()), "progress stays off stdout");
            Assert.That(result.Output.TrimEnd().Split('\n')[^1], Does.StartWith("fingerprint: "));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task UpgradeLogsStepNOfMWithTheTimeElapsed()
    {
        await using var database = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);

        var result = await CliDatabase.RunAsync(CliDatabase.Args(database.ConnectionString, "upgrade"));

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var lines = ProgressLines(result.Error, "upgrade");
        Assert.That(lines, Has.Length.EqualTo(4), result.ToString());
        Assert.That(lines[0], Does.Contain("upgrade: step 1 of 3: "));
        Assert.That(lines[1], Does.Contain("upgrade: step 2 of 3: 0001 "));
        Assert.That(lines[2], Does.Contain("upgrade: step 3 of 3: 0002 "));
        Assert.That(lines[3], Does.Contain("upgrade: 3 of 3 steps done ("));
        Assert.That(result.Output, Does.Contain("upgraded 0001 → 0002").And.Not.Match(Timestamp()));
    }

    [Test]
    public async Task DeployLogsStepNOfMWhileThePlanRuns()
    {
        await using var database = await CliDatabase.AtAsync("0001");
        var folder = CliDatabase.TemporaryFolder();
        try
        {
            var json = Path.Combine(folder, "migration.json");
            var diff = await CliDatabase.RunAsync(
                CliDatabase.Args(database.ConnectionString, "diff", "--out", Path.Combine(folder, "migration.sql"), "--json", json).WithShadow());
            Assert.That(diff.ExitCode, Is.Zero, diff.ToString());

            var result = await CliDatabase.DeployAsync("--plan", json, "--connection", database.ConnectionString);

            Assert.That(result.ExitCode, Is.Zero, result.ToString());
            var lines = ProgressLines(result.Error, "deploy");
            var count = lines.Length - 1;
            Assert.That(count, Is.GreaterThan(1), result.ToString());
            Assert.That(lines[0], Does.Contain($"deploy: step 1 of {count}: "));
            Assert.That(lines[^1], Does.Contain($"deploy: {count} of {count} steps done ("));
            Assert.That(result.Output, Does.Contain($"step {count}:").And.Contain("deployed:").And.Not.Match(Timestamp()));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The stderr lines of <paramref name="activity"/>'s progress, each checked for its form:
    /// <c>[yyyy-MM-ddTHH:mm:ssZ] activity: … (N s elapsed)</c>.</summary>
    private static string[] ProgressLines(string error, string activity)
    {
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.TrimEnd('\r'))
            .Where(line => Timestamp().IsMatch(line))
            .ToArray();
        Assert.That(lines, Is.Not.Empty, $"no progress lines on stderr:\n{error}");
        Assert.That(lines, Has.All.Match($@"^\[\d{{4}}-\d\d-\d\dT\d\d:\d\d:\d\dZ\] {activity}: .+ \(\d+(\.\d)? s elapsed\)$"));
        return lines;
    }

    [GeneratedRegex(@"^\[\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\] ", RegexOptions.Multiline)]
    private static partial Regex Timestamp();

    [GeneratedRegex(@"build: (?<applied>\d+)/(?<total>\d+) statements applied \(")]
    private static partial Regex DoneStatements();
}
