using SurveySchema.Diff;
using SurveySchema.IntegrationTests.Cli;
using SurveySchema.IntegrationTests.Convergence;

namespace SurveySchema.IntegrationTests.Release;

/// <summary>Deploy rehearses before it touches the target (item 4), says what changed when a plan is out of date
/// (item 5), treats column order as a remark (item 6) and names what a failed CREATE INDEX CONCURRENTLY left (item 10).</summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class DeployTruthTests
{
    [Test]
    public async Task APlanThatFailsOnTheCopyNeverReachesTheTarget()
    {
        await using var from = await ReleasePlans.DatabaseAsync("CREATE TABLE public.projects (id int PRIMARY KEY);");
        await using var to = await ReleasePlans.DatabaseAsync("CREATE TABLE public.projects (id int PRIMARY KEY, name text);");
        var folder = ReleasePlans.Folder();
        try
        {
            var json = await ReleasePlans.WriteAsync(from, to, folder);
            // A first statement that works, then one that fails: without a rehearsal the plan runs up to the failure.
            await ReleasePlans.ResealAsync(json, plan => plan with
            {
                Segments = [.. plan.Segments.Select(segment => segment with { Transactional = false })],
            });
            await ReleasePlans.ResealAsync(json, plan => ReleasePlans.WithStatementAdded(plan, "ALTER TABLE public.no_such_table ADD COLUMN x int;"));
            var before = await CliDatabase.FingerprintAsync(from.ConnectionString);

            var result = await CliDatabase.DeployAsync("--plan", json, "--connection", from.ConnectionString);

            Assert.That(result.ExitCode, Is.EqualTo(3), result.ToString());
            Assert.That(result.Error, Does.Contain("the rehearsal failed").And.Contain("no_such_table"), result.ToString());
            Assert.That(await CliDatabase.FingerprintAsync(from.ConnectionString), Is.EqualTo(before), "nothing ran on the target");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task APlanThatArrivesElsewhereIsRefusedAndARehearsedOneSaysSo()
    {
        await using var from = await ReleasePlans.DatabaseAsync("CREATE TABLE public.projects (id int PRIMARY KEY);");
        await using var to = await ReleasePlans.DatabaseAsync("CREATE TABLE public.projects (id int PRIMARY KEY, name text);");
        var folder = ReleasePlans.Folder();
        try
        {
            var json = await ReleasePlans.WriteAsync(from, to, folder);
            var good = await File.ReadAllTextAsync(json);
            await ReleasePlans.ResealAsync(json, plan => ReleasePlans.WithStatementAdded(plan, "CREATE TABLE public.extra (id int);"));

            var elsewhere = await CliDatabase.DeployAsync("--plan", json, "--connection", from.ConnectionString);
            Assert.That(elsewhere.ExitCode, Is.EqualTo(3), elsewhere.ToString());
            Assert.That(elsewhere.Error, Does.Contain("does not arrive at the plan's target").And.Contain("extra"), elsewhere.ToString());

            await File.WriteAllTextAsync(json, good);
            var deployed = await CliDatabase.DeployAsync("--plan", json, "--connection", from.ConnectionString);
            Assert.That(deployed.ExitCode, Is.EqualTo(0), deployed.ToString());
            Assert.That(deployed.Output, Does.Contain("rehearsed on a scratch copy").And.Contain("rehearsed first"), deployed.ToString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task AnOutOfDatePlanListsWhatChangedSincePlanning()
    {
        await using var from = await ReleasePlans.DatabaseAsync("CREATE TABLE public.projects (id int PRIMARY KEY);");
        await using var to = await ReleasePlans.DatabaseAsync("CREATE TABLE public.projects (id int PRIMARY KEY, name text);");
        var folder = ReleasePlans.Folder();
        try
        {
            var json = await ReleasePlans.WriteAsync(from, to, folder);
            await ConvergenceDatabase.ExecuteAsync(from.ConnectionString, "ALTER TABLE public.projects ADD COLUMN hand_added text");

            var result = await CliDatabase.DeployAsync("--plan", json, "--connection", from.ConnectionString);

            Assert.That(result.ExitCode, Is.EqualTo(3), result.ToString());
            Assert.That(result.Error, Does.Contain("plan out of date").And.Contain("changed since the plan was made"), result.ToString());
            Assert.That(result.Error, Does.Match(@"\+ .*hand_added"), result.ToString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task AColumnAddedInTheMiddleDeploysAsASuccessWithARemark()
    {
        await using var from = await ReleasePlans.DatabaseAsync("CREATE TABLE public.projects (id int PRIMARY KEY, name text);");
        await using var to = await ReleasePlans.DatabaseAsync("CREATE TABLE public.projects (id int PRIMARY KEY, client text, name text);");
        var folder = ReleasePlans.Folder();
        try
        {
            var json = await ReleasePlans.WriteAsync(from, to, folder);

            var result = await CliDatabase.DeployAsync("--plan", json, "--connection", from.ConnectionString);

            Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
            Assert.That(result.Output, Does.Contain("deployed:").And.Contain(RemarkCodes.ColumnOrder), result.ToString());
            var again = await CliDatabase.DeployAsync("--plan", json, "--connection", from.ConnectionString);
            Assert.That(again.ExitCode, Is.EqualTo(0), again.ToString());
            Assert.That(again.Output, Does.Contain("already matches the plan's target"), again.ToString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task AFailedConcurrentIndexBuildIsNamedInvalidWithHowToRecover()
    {
        await using var from = await ReleasePlans.DatabaseAsync("CREATE TABLE public.projects (id int PRIMARY KEY, code text); INSERT INTO public.projects VALUES (1, 'a'), (2, 'a');");
        await using var to = await ReleasePlans.DatabaseAsync("CREATE TABLE public.projects (id int PRIMARY KEY, code text); CREATE UNIQUE INDEX projects_code ON public.projects (code);");
        var folder = ReleasePlans.Folder();
        try
        {
            var json = await ReleasePlans.WriteAsync(from, to, folder);

            // The duplicate rows make the unique build fail on the target only: the copy has no rows.
            var result = await CliDatabase.DeployAsync("--plan", json, "--connection", from.ConnectionString);

            Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
            Assert.That(result.Error, Does.Not.Contain("the failed one was rolled back"), result.ToString());
            Assert.That(result.Error, Does.Contain("projects_code is INVALID").And.Contain("DROP INDEX CONCURRENTLY"), result.ToString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
