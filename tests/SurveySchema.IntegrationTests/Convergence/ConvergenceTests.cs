using System.Text;
using SurveySchema.Diff;
using SurveySchema.Model;
using SurveySchema.Planning;
using SurveySchema.Scripting;
using SurveySchema.Server;

namespace SurveySchema.IntegrationTests.Convergence;

/// <summary>The survey schema's own migrations converge: revision 0001 → 0002, and the whole schema created on
/// an empty database and removed again. The acceptance cases are folders under <c>tests/cases/</c>
/// (<see cref="CaseFolders.CaseFolderTests"/>).</summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class ConvergenceTests
{
    private static IEnumerable<TestCaseData> Cases() =>
        AcceptanceCases.All().Select(c => new TestCaseData(c).SetName("Convergence: " + c.Name));

    [TestCaseSource(nameof(Cases))]
    public async Task PlanConverges(AcceptanceCase testCase)
    {
        await using var a = await TestServer.CreateDatabaseAsync(testCase.Template);
        await using var b = await TestServer.CreateDatabaseAsync(testCase.Template);
        await ConvergenceDatabase.ExecuteAsync(a.ConnectionString, (testCase.Setup ?? "") + testCase.OldDdl);
        await ConvergenceDatabase.ExecuteAsync(b.ConnectionString, (testCase.Setup ?? "") + testCase.NewDdl);
        await ConvergenceDatabase.ExecuteAsync(a.ConnectionString, testCase.SeedRows ?? "");
        var original = await ConvergenceDatabase.ReadAsync(a.ConnectionString);
        var desired = await ConvergenceDatabase.ReadAsync(b.ConnectionString);
        var renames = testCase.RefactorLog is null ? [] : SurveySchema.Diff.RefactorLog.Parse(testCase.RefactorLog);
        var options = PlanOptions.Default with { OnlineSafe = !testCase.Offline, Diff = new DiffOptions { Renames = renames } };

        var plan = MigrationPlanner.Plan(original, desired, options);
        Assert.That(plan.IsEmpty, Is.False, "the two databases should differ");
        TestContext.Out.WriteLine(ConvergenceDatabase.ScriptOf(plan));
        Assert.That(plan.Remarks, Has.None.Contains("dependency cycle"));
        Assert.That(
            plan.Hazards.Select(h => h.Kind).Distinct().Order(),
            Is.EqualTo(testCase.ExpectedHazards.Distinct().Order()),
            "hazards: " + string.Join("; ", plan.Hazards));

        var seeded = original.Tables.Select(t => t.Name).Where(n => desired.Tables.Any(t => t.Name == n)).ToList();
        var before = await ConvergenceDatabase.CountRowsAsync(a.ConnectionString, seeded);
        await ApplyAsync(a, plan, "forward");
        await AssertConvergedAsync(a, desired, "forward");
        Assert.That(await ConvergenceDatabase.CountRowsAsync(a.ConnectionString, seeded), Is.EqualTo(before), "rows kept");
        if (testCase.Check is not null)
        {
            Assert.That(await ConvergenceDatabase.ScalarAsync(a.ConnectionString, testCase.Check), Is.EqualTo(true), testCase.Check);
        }

        Assert.That(MigrationPlanner.Plan(await ConvergenceDatabase.ReadAsync(a.ConnectionString), desired, options).IsEmpty, Is.True, "a second plan is empty");
        if (testCase.Irreversible)
        {
            return;
        }

        var reverse = plan.Reverse();
        TestContext.Out.WriteLine(ConvergenceDatabase.ScriptOf(reverse));
        await ApplyAsync(a, reverse, "reverse");
        await AssertConvergedAsync(a, original, "reverse");
    }

    [Test]
    public async Task Revision0001To0002ContainsExactlyThe0002Changes()
    {
        await using var a = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);
        await using var b = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);
        var first = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Revisions, "0001_initial_schema.up.sql"));
        var second = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Revisions, "0002_add_project_archiving.up.sql"));
        await ConvergenceDatabase.ExecuteAsync(a.ConnectionString, first);
        await ConvergenceDatabase.ExecuteAsync(b.ConnectionString, first + "\n" + second);
        var current = await ConvergenceDatabase.ReadAsync(a.ConnectionString);
        var desired = await ConvergenceDatabase.ReadAsync(b.ConnectionString);

        var plan = MigrationPlanner.Plan(current, desired, PlanOptions.Default);
        TestContext.Out.WriteLine(ConvergenceDatabase.ScriptOf(plan));

        var projects = new QualifiedName("public", "projects");
        var operations = plan.Operations;
        Assert.That(operations.OfType<AddColumn>().Select(o => (o.Table, o.Column.Name)),
            Is.EquivalentTo(new[] { (projects, "is_archived"), (projects, "archived_at"), (projects, "archived_by") }));
        Assert.That(operations.OfType<CreateIndex>().Select(o => (o.Index.Name, o.Concurrently)), Is.EqualTo(new[] { ("idx_projects_archived", true) }));
        Assert.That(operations.OfType<SetComment>().Select(o => o.Target.Member), Is.EquivalentTo(new[] { "is_archived", "archived_at", "archived_by" }));
        Assert.That(operations, Has.Count.EqualTo(7), string.Join("\n", operations.Select(o => o.Describe())));
        Assert.That(plan.Remarks, Is.Empty);

        await ApplyAsync(a, plan, "0001 → 0002");
        await AssertConvergedAsync(a, desired, "0001 → 0002");
    }

    [Test]
    public async Task The_whole_survey_schema_is_created_on_an_empty_database_and_removed_by_the_reverse()
    {
        await using var a = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);
        await using var b = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);
        var first = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Revisions, "0001_initial_schema.up.sql"));
        var second = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Revisions, "0002_add_project_archiving.up.sql"));
        await ConvergenceDatabase.ExecuteAsync(b.ConnectionString, first + "\n" + second);
        var empty = await ConvergenceDatabase.ReadAsync(a.ConnectionString);
        var desired = await ConvergenceDatabase.ReadAsync(b.ConnectionString);

        var plan = MigrationPlanner.Plan(empty, desired, PlanOptions.Default);
        TestContext.Out.WriteLine(ConvergenceDatabase.ScriptOf(plan));
        Assert.That(plan.Remarks, Is.Empty);
        Assert.That(plan.Operations.OfType<CreateIndex>().Where(o => o.Concurrently), Is.Empty, "no CONCURRENTLY on tables the plan creates");
        Assert.That(plan.Segments, Has.Count.EqualTo(1));
        Assert.That(plan.Hazards, Is.Empty);

        await ApplyAsync(a, plan, "create all");
        await AssertConvergedAsync(a, desired, "create all");
        var reverse = plan.Reverse();
        Assert.That(reverse.Operations.OfType<DropTable>().Count(), Is.EqualTo(10));
        await ApplyAsync(a, reverse, "drop all");
        await AssertConvergedAsync(a, empty, "drop all");
    }

    private static Task ApplyAsync(ScratchDatabase database, MigrationPlan plan, string what) =>
        ConvergenceDatabase.ApplyPlanAsync(database.ConnectionString, plan, what);

    private static Task AssertConvergedAsync(ScratchDatabase database, DatabaseModel expected, string what) =>
        ConvergenceDatabase.AssertConvergedAsync(database.ConnectionString, expected, what);
}
