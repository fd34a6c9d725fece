using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using SurveySchema.IntegrationTests.Cli;
using SurveySchema.IntegrationTests.Revisions;

namespace SurveySchema.IntegrationTests.Tool;

/// <summary>The CLI as <c>dotnet publish -r &lt;rid&gt;</c> builds it, the build bench/run.sh measures: self-contained,
/// precompiled (composite ReadyToRun) and trimmed (SurveySchema.Cli.csproj). Trimming removes framework code nothing
/// refers to statically, so whatever the tool reaches only by reflection (JSON metadata, Dapper's row mapping, Npgsql's
/// type handlers) could work in the tests, which run the untrimmed build, and fail in this one. These tests run the
/// published program through a release manager's whole day on the real schema and check every file and fingerprint it
/// writes against the in-process CLI's.</summary>
[TestFixture]
[NonParallelizable]
public sealed class PublishedCliTests
{
    private string folder = null!;
    private string cli = null!;

    [OneTimeSetUp]
    public async Task PublishAsync()
    {
        folder = Directory.CreateTempSubdirectory("surveyschema-published-").FullName;
        var output = Path.Combine(folder, "cli");
        var published = await ToolProcess.RunAsync(
            "dotnet",
            ["publish", Path.Combine(RepositoryPaths.Root, "src", "SurveySchema.Cli"), "-c", TestBuild.Configuration, "-r", RuntimeInformation.RuntimeIdentifier,
             "--self-contained", "true", "-o", output, "-nologo"],
            RepositoryPaths.Root,
            TimeSpan.FromMinutes(15));
        Assert.That(published.ExitCode, Is.Zero, $"dotnet publish failed:\n{published}");
        cli = Path.Combine(output, "surveyschema");
    }

    [OneTimeTearDown]
    public void RemoveFolder()
    {
        if (folder is not null && Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>diff (cold, then from the cache it wrote), approve, deploy of the approved plan, drift and inspect, from a
    /// database at revision 0001 to schema/ (0001 then 0002): the JSON plan, the approval, the cache's model and
    /// summary, the drift report and the model file are each written and read back by the published program.</summary>
    [Test]
    public async Task DiffApproveDeployDriftAndInspectAgreeWithTheInProcessTool()
    {
        await using var target = await CliDatabase.AtAsync("0001");
        await using var head = await CliDatabase.AtAsync("0001", "0002");
        var work = Path.Combine(folder, "day");
        Directory.CreateDirectory(work);
        string[] Compared(params string[] command) => CliDatabase.Args(target.ConnectionString, command).WithShadow();

        var cold = await RunAsync(work, Compared("diff", "--out", "cold/migration.sql", "--json", "cold/migration.json"));
        var warm = await RunAsync(work, Compared("diff", "--out", "warm/migration.sql", "--json", "warm/migration.json"));
        var inProcessScript = Path.Combine(work, "in-process.sql");
        var inProcess = await CliDatabase.RunAsync(Compared("diff", "--out", inProcessScript));

        Assert.That(cold.ExitCode, Is.Zero, cold.ToString());
        Assert.That(warm.ExitCode, Is.Zero, warm.ToString());
        Assert.That(inProcess.ExitCode, Is.Zero, inProcess.ToString());
        Assert.That(Directory.GetFiles(Path.Combine(work, "artifacts", "cache")), Is.Not.Empty, "the cold diff filled the cache");
        var script = await ScriptBodyAsync(Path.Combine(work, "cold", "migration.sql"));
        Assert.That(script, Does.Contain("ALTER TABLE"), "0001 to schema/ is a change");
        Assert.That(await ScriptBodyAsync(Path.Combine(work, "warm", "migration.sql")), Is.EqualTo(script), "the cached model plans the same script");
        Assert.That(await ScriptBodyAsync(inProcessScript), Is.EqualTo(script), "the published program plans what the tests' build plans");

        var approved = Path.Combine(work, "approved");
        var approval = await RunAsync(work, ["approve", "--plan", "warm/migration.json", "--approver", "Release Manager", "--accept-hazards", "all", "--out", approved]);
        Assert.That(approval.ExitCode, Is.Zero, approval.ToString());
        var frozen = Path.Combine(Directory.GetDirectories(approved).Single(), "migration.json");
        var record = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Path.GetDirectoryName(frozen)!, "approval.json")))!;
        Assert.That((string?)record["approvedBy"], Is.EqualTo("Release Manager"));

        var deployed = await RunAsync(work, ["deploy", "--plan", frozen, "--connection", target.ConnectionString, "--dev-connection", TestServer.Server.AdminConnectionString]);
        Assert.That(deployed.ExitCode, Is.Zero, deployed.ToString());
        var expected = await CliDatabase.FingerprintAsync(head.ConnectionString);
        Assert.That(await CliDatabase.FingerprintAsync(target.ConnectionString), Is.EqualTo(expected), "the deploy arrived at schema/");

        var drift = await RunAsync(work, Compared("drift", "--json", "drift.json"));
        Assert.That(drift.ExitCode, Is.Zero, drift.ToString());
        var report = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(work, "drift.json")))!;
        Assert.That((bool?)report["drifted"], Is.False, report.ToJsonString());

        var inspected = await RunAsync(work, ["inspect", "--connection", target.ConnectionString, "--out", "model.json"]);
        Assert.That(inspected.ExitCode, Is.Zero, inspected.ToString());
        Assert.That(inspected.Output, Does.Contain($"fingerprint: {expected}"));
        var inProcessModel = Path.Combine(work, "in-process-model.json");
        var inspectedInProcess = await CliDatabase.RunAsync("inspect", "--connection", target.ConnectionString, "--out", inProcessModel);
        Assert.That(inspectedInProcess.ExitCode, Is.Zero, inspectedInProcess.ToString());
        Assert.That(await File.ReadAllTextAsync(Path.Combine(work, "model.json")), Is.EqualTo(await File.ReadAllTextAsync(inProcessModel)));
    }

    /// <summary>The revision chain's commands: offline <c>upgrade --sql</c> prints what the in-process tool prints, and
    /// <c>stamp</c> (which takes the revision lock) then <c>current</c> and <c>history</c> read the history table back.</summary>
    [Test]
    public async Task RevisionCommandsReadAndStampTheChain()
    {
        await using var database = await CliDatabase.AtAsync("0001", "0002");
        var work = Path.Combine(folder, "revisions");
        Directory.CreateDirectory(work);

        var offline = await RunAsync(work, ["upgrade", "--sql", "0001:head", "--project", RepositoryPaths.Schema]);
        var offlineInProcess = await CliDatabase.RunAsync("upgrade", "--sql", "0001:head", "--project", RepositoryPaths.Schema);
        Assert.That(offline.ExitCode, Is.Zero, offline.ToString());
        Assert.That(offline.Output, Is.EqualTo(offlineInProcess.Output));

        var stamped = await RunAsync(work, CliDatabase.Args(database.ConnectionString, "stamp", "0002"));
        Assert.That(stamped.ExitCode, Is.Zero, stamped.ToString());
        var current = await RunAsync(work, CliDatabase.Args(database.ConnectionString, "current"));
        Assert.That(current.ExitCode, Is.Zero, current.ToString());
        Assert.That(current.Output, Does.Contain("0002"));
        var history = await RunAsync(work, CliDatabase.Args(database.ConnectionString, "history"));
        var historyInProcess = await CliDatabase.RunAsync(CliDatabase.Args(database.ConnectionString, "history"));
        Assert.That(history.ExitCode, Is.Zero, history.ToString());
        Assert.That(history.Output, Is.EqualTo(historyInProcess.Output));
    }

    private Task<CliResult> RunAsync(string workingDirectory, string[] arguments) =>
        ToolProcess.RunAsync(cli, arguments, workingDirectory, TimeSpan.FromMinutes(5));

    /// <summary>A script without its header's time of generation, the one line two runs may differ in.</summary>
    private static async Task<string> ScriptBodyAsync(string path) =>
        string.Join('\n', (await File.ReadAllLinesAsync(path)).Where(line => !line.StartsWith("-- generated:", StringComparison.Ordinal)));
}
