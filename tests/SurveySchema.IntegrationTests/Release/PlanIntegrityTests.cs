using System.Text.Json.Nodes;
using SurveySchema.IntegrationTests.Cli;
using SurveySchema.IntegrationTests.Convergence;

namespace SurveySchema.IntegrationTests.Release;

/// <summary>Nothing runs that was not reviewed (issue 10, item 3): a plan carries a digest over its steps, checked
/// before anything connects; an approval binds it to the database it was planned for and to the hazards accepted.</summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class PlanIntegrityTests
{
    private const string Before = "CREATE TABLE public.projects (id int PRIMARY KEY, name text, archived_at timestamptz);";
    private const string After = "CREATE TABLE public.projects (id int PRIMARY KEY, name text NOT NULL DEFAULT '');";

    [Test]
    public async Task AStatementAddedToThePlanIsRefusedBeforeAnythingRuns()
    {
        await using var from = await ReleasePlans.DatabaseAsync("CREATE TABLE public.projects (id int PRIMARY KEY);");
        await using var to = await ReleasePlans.DatabaseAsync("CREATE TABLE public.projects (id int PRIMARY KEY, name text);");
        var folder = ReleasePlans.Folder();
        try
        {
            var json = await ReleasePlans.WriteAsync(from, to, folder);
            var node = JsonNode.Parse(await File.ReadAllTextAsync(json))!;
            node["segments"]![0]!["steps"]![0]!["sql"]!.AsArray().Add("CREATE TABLE public.injected (id int);");
            await File.WriteAllTextAsync(json, node.ToJsonString());
            var before = await CliDatabase.FingerprintAsync(from.ConnectionString);

            var result = await CliDatabase.DeployAsync("--plan", json, "--connection", from.ConnectionString);

            Assert.That(result.ExitCode, Is.EqualTo(3), result.ToString());
            Assert.That(result.Error, Does.Contain("does not match its digest"), result.ToString());
            Assert.That(await CliDatabase.FingerprintAsync(from.ConnectionString), Is.EqualTo(before), "nothing ran");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task AnApprovedPlanDeploysWithTheHazardsItsApprovalAccepted()
    {
        await using var from = await ReleasePlans.DatabaseAsync(Before);
        await using var to = await ReleasePlans.DatabaseAsync(After);
        var folder = ReleasePlans.Folder();
        try
        {
            var json = await ReleasePlans.WriteAsync(from, to, folder);
            var approved = Path.Combine(folder, "approved");

            var notAccepted = await CliDatabase.RunAsync("approve", "--plan", json, "--approver", "rm", "--out", approved);
            Assert.That(notAccepted.ExitCode, Is.EqualTo(3), notAccepted.ToString());
            Assert.That(notAccepted.Error, Does.Contain("DataLoss").And.Contain("--accept-hazards"), notAccepted.ToString());

            var approval = await CliDatabase.RunAsync("approve", "--plan", json, "--approver", "Release Manager", "--accept-hazards", "DataLoss,Irreversible", "--out", approved);
            Assert.That(approval.ExitCode, Is.EqualTo(0), approval.ToString());
            var frozen = Path.Combine(Directory.GetDirectories(approved).Single(), "migration.json");
            var record = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Path.GetDirectoryName(frozen)!, "approval.json")))!;
            Assert.That((string?)record["approvedBy"], Is.EqualTo("Release Manager"));
            Assert.That((string?)record["plannedFor"]!["database"], Is.EqualTo(from.Name));
            Assert.That((string?)record["plannedFor"]!["systemIdentifier"], Is.Not.Null.And.Not.Empty);
            Assert.That(record["sha256"]!.AsObject().Select(pair => pair.Key), Is.EquivalentTo(new[] { "migration.json", "migration.sql" }));

            var overridden = await CliDatabase.DeployAsync("--plan", frozen, "--allow-hazards", "all", "--connection", from.ConnectionString);
            Assert.That(overridden.ExitCode, Is.EqualTo(1), "an approved plan's hazards come from its approval\n" + overridden);

            var deployed = await CliDatabase.DeployAsync("--plan", frozen, "--connection", from.ConnectionString);
            Assert.That(deployed.ExitCode, Is.EqualTo(0), deployed.ToString());
            Assert.That(await CliDatabase.FingerprintAsync(from.ConnectionString), Is.EqualTo(await CliDatabase.FingerprintAsync(to.ConnectionString)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task APlanApprovedForOneDatabaseIsRefusedOnAnotherInTheSameState()
    {
        await using var planned = await ReleasePlans.DatabaseAsync(Before);
        await using var other = await ReleasePlans.DatabaseAsync(Before);
        await using var to = await ReleasePlans.DatabaseAsync(After);
        var folder = ReleasePlans.Folder();
        try
        {
            var json = await ReleasePlans.WriteAsync(planned, to, folder);
            var approved = Path.Combine(folder, "approved");
            var approval = await CliDatabase.RunAsync("approve", "--plan", json, "--approver", "rm", "--accept-hazards", "all", "--out", approved);
            Assert.That(approval.ExitCode, Is.EqualTo(0), approval.ToString());
            var frozen = Path.Combine(Directory.GetDirectories(approved).Single(), "migration.json");
            var before = await CliDatabase.FingerprintAsync(other.ConnectionString);

            var result = await CliDatabase.DeployAsync("--plan", frozen, "--connection", other.ConnectionString);

            Assert.That(result.ExitCode, Is.EqualTo(3), result.ToString());
            Assert.That(result.Error, Does.Contain($"approved by rm for database {planned.Name}"), result.ToString());
            Assert.That(await CliDatabase.FingerprintAsync(other.ConnectionString), Is.EqualTo(before), "nothing ran");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task AFrozenFileEditedAfterApprovalIsRefused()
    {
        await using var from = await ReleasePlans.DatabaseAsync("CREATE TABLE public.projects (id int PRIMARY KEY);");
        await using var to = await ReleasePlans.DatabaseAsync("CREATE TABLE public.projects (id int PRIMARY KEY, name text);");
        var folder = ReleasePlans.Folder();
        try
        {
            var json = await ReleasePlans.WriteAsync(from, to, folder);
            var approved = Path.Combine(folder, "approved");
            Assert.That((await CliDatabase.RunAsync("approve", "--plan", json, "--approver", "rm", "--out", approved)).ExitCode, Is.EqualTo(0));
            var frozenFolder = Directory.GetDirectories(approved).Single();
            await File.AppendAllTextAsync(Path.Combine(frozenFolder, "migration.sql"), "DROP TABLE public.projects;\n");

            var result = await CliDatabase.DeployAsync("--plan", Path.Combine(frozenFolder, "migration.json"), "--connection", from.ConnectionString);

            Assert.That(result.ExitCode, Is.EqualTo(3), result.ToString());
            Assert.That(result.Error, Does.Contain("changed after approval by rm: migration.sql"), result.ToString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
