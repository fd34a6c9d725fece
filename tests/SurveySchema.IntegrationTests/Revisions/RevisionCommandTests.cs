using System.Diagnostics;
using SurveySchema.Revisions;

namespace SurveySchema.IntegrationTests.Revisions;

/// <summary><c>revision -m</c> adds a sealed, empty pair that the chain accepts.</summary>
[TestFixture]
public sealed class RevisionCommandTests
{
    [Test]
    public async Task AddsTheNextPairAndSealsIt()
    {
        using var project = TestProject.CopyOfRealChain();

        var result = await CliRun.InProcessAsync("revision", "-m", "Add survey crews", "--project", project.Root);

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Output, Does.Contain("created 0003: 0003_add_survey_crews.up.sql, 0003_add_survey_crews.down.sql"));
        var head = project.Load().Head!;
        Assert.That((head.Id, head.Description), Is.EqualTo(("0003", "Add survey crews")));
        Assert.That(head.Up.Text, Does.Contain("-- revises: 0002"));
        Assert.That(await Sha256sumCheckAsync(project.Revisions), Is.Zero, "revisions.sum stays sha256sum -c compatible");
    }

    [Test]
    public async Task RefusesToExtendABrokenChain()
    {
        using var project = TestProject.CopyOfRealChain();
        File.Delete(project.PathOf("0002_add_project_archiving.down.sql"));

        var result = await CliRun.InProcessAsync("revision", "-m", "more", "--project", project.Root);

        Assert.That(result.ExitCode, Is.EqualTo(3), result.ToString());
        Assert.That(result.Error, Does.Contain(RevisionProblemCodes.MissingPair));
        Assert.That(Directory.EnumerateFiles(project.Revisions, "0003_*"), Is.Empty);
    }

    [Test]
    public async Task StartsAChainInANewProject()
    {
        var root = Directory.CreateTempSubdirectory("surveyschema-new-project-").FullName;
        try
        {
            var result = await CliRun.InProcessAsync("revision", "-m", "initial schema", "--project", root);

            Assert.That(result.ExitCode, Is.Zero, result.ToString());
            Assert.That(File.Exists(Path.Combine(root, "revisions", "0001_initial_schema.up.sql")), Is.True);
            Assert.That(File.Exists(Path.Combine(root, "revisions", ChecksumManifest.FileName)), Is.True);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<int> Sha256sumCheckAsync(string directory)
    {
        using var check = Process.Start(new ProcessStartInfo("sha256sum", ["--strict", "-c", ChecksumManifest.FileName])
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
        })!;
        await check.StandardOutput.ReadToEndAsync();
        await check.WaitForExitAsync();
        return check.ExitCode;
    }
}
