using SurveySchema.Revisions;
using SurveySchema.Server;

namespace SurveySchema.IntegrationTests.Revisions;

/// <summary>An applied revision must not change, and no file may disagree with revisions.sum.</summary>
[TestFixture]
public sealed class ChecksumRefusalTests
{
    [Test]
    public async Task AnAppliedRevisionEditedAfterwardsIsRefusedEverywhere()
    {
        await using var database = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);
        using var project = TestProject.CopyOfRealChain();
        Assert.That((await CliRun.InProcessAsync(project.Args(database.ConnectionString, "upgrade", "0001"))).ExitCode, Is.Zero);
        var file = project.PathOf("0001_initial_schema.up.sql");
        var applied = ChecksumManifest.Sha256(await File.ReadAllBytesAsync(file));

        // Someone edits the applied revision and even updates revisions.sum to match.
        await File.AppendAllTextAsync(file, "\nCOMMENT ON TABLE public.projects IS 'edited';\n");
        project.Reseal();
        var edited = ChecksumManifest.Sha256(await File.ReadAllBytesAsync(file));

        foreach (var command in new[] { "upgrade", "downgrade", "current" })
        {
            var result = await CliRun.InProcessAsync(project.Args(database.ConnectionString, command));
            Assert.That(result.ExitCode, Is.EqualTo(3), $"{command}: {result}");
            Assert.That(result.Error, Does.Contain("revision 0001 changed since it was applied").And.Contain(applied).And.Contain(edited), command);
        }

        var history = await CliRun.InProcessAsync(project.Args(database.ConnectionString, "history"));
        Assert.That(history.ExitCode, Is.EqualTo(3));
        Assert.That(history.Output, Does.Match(@"0001\s+applied\s+CHANGED"));
        Assert.That(await TargetQueries.HistoryAsync(database.ConnectionString), Is.EqualTo(new[] { "0001" }), "nothing ran");

        // Stamp cannot vouch for the changed revision either; forgetting it and recording it again can.
        Assert.That((await CliRun.InProcessAsync(project.Args(database.ConnectionString, "stamp", "0001"))).ExitCode, Is.EqualTo(3));
        Assert.That((await CliRun.InProcessAsync(project.Args(database.ConnectionString, "stamp", "base"))).ExitCode, Is.Zero);
        Assert.That((await CliRun.InProcessAsync(project.Args(database.ConnectionString, "stamp", "0001"))).ExitCode, Is.Zero);
        var current = await CliRun.InProcessAsync(project.Args(database.ConnectionString, "current"));
        Assert.That(current.ExitCode, Is.Zero, current.ToString());
    }

    [Test]
    public async Task AFileThatDisagreesWithTheManifestIsRefusedBeforeConnecting()
    {
        using var project = TestProject.CopyOfRealChain();
        var file = project.PathOf("0002_add_project_archiving.up.sql");
        var recorded = ChecksumManifest.Sha256(await File.ReadAllBytesAsync(file));
        await File.AppendAllTextAsync(file, "-- an edit nobody sealed\n");
        var now = ChecksumManifest.Sha256(await File.ReadAllBytesAsync(file));

        // The connection goes nowhere: the chain is refused before any connection is made.
        var result = await CliRun.InProcessAsync(project.Args("Host=127.0.0.1;Port=1", "upgrade"));

        Assert.That(result.ExitCode, Is.EqualTo(3), result.ToString());
        Assert.That(result.Error, Does.Contain($"{file}: error {RevisionProblemCodes.ChecksumMismatch}: revision 0002"));
        Assert.That(result.Error, Does.Contain($"recorded sha256 {recorded}, file sha256 {now}"));
    }
}
