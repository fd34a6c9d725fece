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
