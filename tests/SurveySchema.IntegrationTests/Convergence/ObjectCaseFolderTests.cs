using System.Text;
using System.Text.Json;
using SurveySchema.Diff;
using SurveySchema.IntegrationTests.Materialise;
using SurveySchema.Materialise;
using SurveySchema.Model;
using SurveySchema.Parsing;
using SurveySchema.Planning;
using SurveySchema.Scripting;
using SurveySchema.Server;

namespace SurveySchema.IntegrationTests.Convergence;

/// <summary>The aggregate and collation case folders under <c>tests/cases/</c>, run the way the shared case
/// runner runs every folder (b built as a schema project, plan, psql, converge, second plan empty, rows kept,
/// reverse), plus one thing of their own: the desired model written out as a schema folder (what
/// <c>extract</c> does) builds back to the same model.</summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class ObjectCaseFolderTests
{
    private static readonly ScriptHeader Header = new("test") { Source = "a", Target = "b", LockTimeout = "5s" };

    private static readonly string[] Names =
    [
        "aggregate-create", "aggregate-drop-with-state-function", "aggregate-comment", "aggregate-changed",
        "aggregate-declared-before-state-function", "collation-create-and-use", "collation-dropped",
    ];

    private static IEnumerable<TestCaseData> Cases() =>
        Names.Select(name => new TestCaseData(name).SetName("ObjectCase: " + name));

    [TestCaseSource(nameof(Cases))]
    public async Task Case_converges_forward_and_back_and_extracts_to_an_equal_project(string name)
    {
        var folder = Path.Combine(RepositoryPaths.Root, "tests", "cases", name);
        var settings = ReadSettings(Path.Combine(folder, "case.json"));
        await using var a = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);
        await ConvergenceDatabase.ExecuteAsync(a.ConnectionString, ReadOrEmpty(Path.Combine(folder, "a.sql")));
        await ConvergenceDatabase.ExecuteAsync(a.ConnectionString, settings.Rows ?? "");
        var desired = await BuildAsync(("b.sql", ReadOrEmpty(Path.Combine(folder, "b.sql"))));
        var original = await ConvergenceDatabase.ReadAsync(a.ConnectionString);

        var plan = MigrationPlanner.Plan(original, desired, PlanOptions.Default);
        TestContext.Out.WriteLine(SqlScriptWriter.Write(plan, Header));
        Assert.That(plan.IsEmpty, Is.False);
        Assert.That(plan.Remarks, Has.None.Contains("dependency cycle"));
        Assert.That(plan.Hazards.Select(h => h.Kind.ToString()).Distinct().Order(), Is.EqualTo(settings.Hazards.Order()),
            "hazards: " + string.Join("; ", plan.Hazards));

        var kept = original.Tables.Select(t => t.Name).Where(n => desired.Tables.Any(t => t.Name == n)).ToList();
        var before = await ConvergenceDatabase.CountRowsAsync(a.ConnectionString, kept);
        await ApplyAsync(a, plan, "forward");
        await AssertConvergedAsync(a, desired, "forward");
        Assert.That(await ConvergenceDatabase.CountRowsAsync(a.ConnectionString, kept), Is.EqualTo(before), "rows kept");
        if (settings.Check is not null)
        {
            Assert.That(await ConvergenceDatabase.ScalarAsync(a.ConnectionString, settings.Check), Is.EqualTo(true), settings.Check);
        }

        Assert.That(MigrationPlanner.Plan(await ConvergenceDatabase.ReadAsync(a.ConnectionString), desired, PlanOptions.Default).IsEmpty,
            Is.True, "a second plan is empty");

        var reverse = plan.Reverse();
        TestContext.Out.WriteLine(SqlScriptWriter.Write(reverse, Header));
        await ApplyAsync(a, reverse, "reverse");
        await AssertConvergedAsync(a, original, "reverse");

        var extracted = SchemaFolderWriter.Write(
            MigrationPlanner.Plan(PublicOnly(desired), desired, PlanOptions.Default with { OnlineSafe = false }), "extracted");
        var rebuilt = await BuildAsync([.. extracted.Select(f => (f.Path, f.Text))]);
        Assert.That(Fingerprint.Of(rebuilt), Is.EqualTo(Fingerprint.Of(desired)),
            "the extracted folder builds back to the same model:\n" + string.Join("\n", extracted.Select(f => $"== {f.Path}\n{f.Text}")));
    }

    private static async Task<DatabaseModel> BuildAsync(params (string Path, string Sql)[] files)
    {
        if (files.All(f => string.IsNullOrWhiteSpace(f.Sql)))
        {
            // An empty b is an empty database; a project needs at least one file.
            await using var empty = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);
            return await ConvergenceDatabase.ReadAsync(empty.ConnectionString);
        }

        using var project = SchemaFolder.Create(files);
        var built = await ShadowBuild.BuildAsync(SchemaProject.Load(project.Root), TestServer.Server, ShadowBuildOptions.Default with { ReadCache = false });
        Assert.That(built.Succeeded, Is.True, "the project builds: " + string.Join("\n", built.Diagnostics));
        return built.Model!;
    }

    /// <summary>What extract plans from: every database has public.</summary>
    private static DatabaseModel PublicOnly(DatabaseModel model) =>
        DatabaseModel.Empty with { Schemas = model.Schemas.Where(s => s.Name == "public").ToEquatableArray() };

    private static string ReadOrEmpty(string path) => File.Exists(path) ? File.ReadAllText(path) : "";

    private static (string[] Hazards, string? Rows, string? Check) ReadSettings(string path)
    {
        if (!File.Exists(path))
        {
            return ([], null, null);
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        var hazards = root.TryGetProperty("hazards", out var list) ? list.EnumerateArray().Select(h => h.GetString()!).ToArray() : [];
        return (hazards,
            root.TryGetProperty("rows", out var rows) ? rows.GetString() : null,
            root.TryGetProperty("check", out var check) ? check.GetString() : null);
    }

    private static async Task ApplyAsync(ScratchDatabase database, MigrationPlan plan, string what)
    {
        var path = Path.Combine(Path.GetTempPath(), $"surveyschema-{database.Name}-{what}-{Guid.NewGuid():N}.sql");
        await File.WriteAllTextAsync(path, SqlScriptWriter.Write(plan, Header), new UTF8Encoding(false));
        try
        {
            await ConvergenceDatabase.RunPsqlAsync(database.ConnectionString, path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task AssertConvergedAsync(ScratchDatabase database, DatabaseModel expected, string what)
    {
        var actual = await ConvergenceDatabase.ReadAsync(database.ConnectionString);
        if (Fingerprint.Of(actual) == Fingerprint.Of(expected))
        {
            return;
        }

        var remaining = SchemaDiffer.Compare(actual, expected, DiffOptions.Default);
        Assert.Fail($"{what}: fingerprints differ; remaining operations:\n"
            + string.Join("\n", remaining.Operations.Select(o => "  " + o.Describe()))
            + "\nactual:\n" + ModelJson.Serialize(actual) + "\nexpected:\n" + ModelJson.Serialize(expected));
    }
}
