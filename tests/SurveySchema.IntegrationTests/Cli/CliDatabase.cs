using SurveySchema.Catalog;
using SurveySchema.IntegrationTests.Convergence;
using SurveySchema.IntegrationTests.Revisions;
using SurveySchema.Model;
using SurveySchema.Server;

namespace SurveySchema.IntegrationTests.Cli;

/// <summary>What the diff/drift/deploy tests share: databases at a revision of the real chain, the CLI's
/// arguments for them, and a temporary folder for the files diff writes.</summary>
internal static class CliDatabase
{
    /// <summary>A scratch database with the given revisions' up scripts run, in order ("0001", "0002").</summary>
    public static async Task<ScratchDatabase> AtAsync(params string[] revisions)
    {
        var database = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);
        foreach (var revision in revisions)
        {
            var file = Directory.GetFiles(RepositoryPaths.Revisions, revision + "_*.up.sql").Single();
            await ConvergenceDatabase.ExecuteAsync(database.ConnectionString, await File.ReadAllTextAsync(file));
        }

        return database;
    }

    /// <summary>The command's arguments, then the real schema/ as --project, the target, and the test server as
    /// the place for the shadow database (so no second embedded server starts).</summary>
    public static string[] Args(string connectionString, params string[] command) =>
        [.. command, "--project", RepositoryPaths.Schema, "--connection", connectionString];

    public static string[] WithShadow(this string[] args) =>
        [.. args, "--dev-connection", TestServer.Server.AdminConnectionString];

    public static async Task<string> FingerprintAsync(string connectionString) =>
        Fingerprint.Of(await CatalogReader.ReadAsync(connectionString, CatalogOptions.Default, CancellationToken.None));

    public static async Task<CliResult> RunAsync(params string[] args) => await CliRun.InProcessAsync(args);

    /// <summary><c>deploy</c> with the test server as the place for the rehearsal's scratch database.</summary>
    public static async Task<CliResult> DeployAsync(params string[] args) =>
        await CliRun.InProcessAsync(["deploy", .. args, "--dev-connection", TestServer.Server.AdminConnectionString]);

    /// <summary>A fresh folder for one test's files.</summary>
    public static string TemporaryFolder() => Directory.CreateTempSubdirectory("surveyschema-cli-").FullName;
}
