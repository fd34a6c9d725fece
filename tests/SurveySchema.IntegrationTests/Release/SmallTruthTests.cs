using SurveySchema.IntegrationTests.Convergence;
using SurveySchema.IntegrationTests.Revisions;
using SurveySchema.Planning;
using SurveySchema.Revisions;
using SurveySchema.Scripting;

namespace SurveySchema.IntegrationTests.Release;

/// <summary>The small truths of issue 10, item 10: the report's "Reversible" and revisions.sum's one canonical form.</summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class SmallTruthTests
{
    [Test]
    public async Task TheReportIsNotReversibleWhenItsDownScriptIsIrreversible()
    {
        await using var from = await ReleasePlans.DatabaseAsync("CREATE TABLE public.projects (id int PRIMARY KEY);");
        await using var to = await ReleasePlans.DatabaseAsync("CREATE TABLE public.projects (id int PRIMARY KEY, name text);");
        var plan = MigrationPlanner.Plan(
            await ConvergenceDatabase.ReadAsync(from.ConnectionString), await ConvergenceDatabase.ReadAsync(to.ConnectionString), PlanOptions.Default);
        var header = new ScriptHeader("test");

        var report = MarkdownReportWriter.Write(plan, header);
        var down = SqlScriptWriter.Write(plan.Reverse(), header);

        Assert.That(down, Does.Contain("Irreversible"), "the down script drops the column and its data");
        Assert.That(report, Does.Not.Contain("**Reversible:** yes"), report);
        Assert.That(report, Does.Contain("the down script is marked Irreversible").And.Contain("name"), report);
    }

    [TestCase("crlf")]
    [TestCase("order")]
    public async Task ARevisionsSumOutOfCanonicalFormIsAnErrorForCheckAndForUpgrade(string how)
    {
        using var project = TestProject.CopyOfRealChain();
        var sum = project.PathOf(ChecksumManifest.FileName);
        var lines = (await File.ReadAllTextAsync(sum)).TrimEnd('\n').Split('\n');
        await File.WriteAllTextAsync(sum, how == "crlf"
            ? string.Join("\r\n", lines) + "\r\n"
            : string.Join("\n", lines.Reverse()) + "\n");

        var check = await CliRun.InProcessAsync("check", "--project", project.Root);
        var upgrade = await CliRun.InProcessAsync("upgrade", "--sql", "--project", project.Root);

        Assert.That(check.ExitCode, Is.EqualTo(1), check.ToString());
        Assert.That(check.Error, Does.Contain($"{ChecksumManifest.FileName}(").And.Contain($"error {RevisionProblemCodes.Manifest}: not in canonical form"), check.ToString());
        Assert.That(upgrade.ExitCode, Is.EqualTo(3), upgrade.ToString());
        Assert.That(upgrade.Error, Does.Contain("not in canonical form"), upgrade.ToString());
    }
}
