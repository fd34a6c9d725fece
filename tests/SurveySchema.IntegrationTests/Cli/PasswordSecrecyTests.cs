using Npgsql;

namespace SurveySchema.IntegrationTests.Cli;

/// <summary>A password given in the target's URI never shows in what diff, drift and deploy print or write,
/// whether they succeed or fail. (The test server trusts every local login, so any password is accepted.)</summary>
[TestFixture]
public sealed class PasswordSecrecyTests
{
    private const string Password = "Tr0ub4dor-s3cret-pw";

    [Test]
    public async Task NoCommandPrintsOrWritesThePassword()
    {
        await using var database = await CliDatabase.AtAsync("0001");
        var builder = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        var uri = $"postgresql://{builder.Username}:{Password}@{builder.Host}:{builder.Port}/{builder.Database}";
        var unreachable = $"postgresql://{builder.Username}:{Password}@127.0.0.1:1/{builder.Database}";
        var keywords = $"{database.ConnectionString};Password={Password}";
        var folder = CliDatabase.TemporaryFolder();
        try
        {
            var json = Path.Combine(folder, "m.json");
            var runs = new List<Revisions.CliResult>
            {
                await CliDatabase.RunAsync(CliDatabase.Args(uri, "diff", "--out", Path.Combine(folder, "m.sql"), "--report", Path.Combine(folder, "m.md"), "--json", json).WithShadow()),
                await CliDatabase.RunAsync(CliDatabase.Args(uri, "drift").WithShadow()),
                await CliDatabase.RunAsync(CliDatabase.Args(keywords, "drift").WithShadow()),
                await CliDatabase.RunAsync(CliDatabase.Args(unreachable, "drift").WithShadow()),
                await CliDatabase.DeployAsync("--plan", json, "--connection", unreachable),
                await CliDatabase.DeployAsync("--plan", json, "--connection", uri),
            };

            Assert.That(runs[0].ExitCode, Is.EqualTo(0), runs[0].ToString());
            Assert.That(runs[1].ExitCode, Is.EqualTo(2), runs[1].ToString());
            Assert.That(runs[3].ExitCode, Is.EqualTo(1), "an unreachable server is an error\n" + runs[3]);
            Assert.That(runs[4].ExitCode, Is.EqualTo(1), runs[4].ToString());
            Assert.That(runs[5].ExitCode, Is.EqualTo(0), runs[5].ToString());
            foreach (var run in runs)
            {
                Assert.That(run.Output + run.Error, Does.Not.Contain(Password), run.ToString());
            }

            foreach (var file in Directory.EnumerateFiles(folder))
            {
                Assert.That(await File.ReadAllTextAsync(file), Does.Not.Contain(Password), file);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
