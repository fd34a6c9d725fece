using SurveySchema.IntegrationTests.Materialise;
using SurveySchema.Materialise;
using SurveySchema.Model;
using SurveySchema.Parsing;
using SurveySchema.Planning;
using SurveySchema.Scripting;

namespace SurveySchema.IntegrationTests.Convergence;

/// <summary>What <c>extract</c> writes for the aggregate and collation case folders' desired states builds
/// back to the same model: the schema folder writer puts every aggregate, collation, comment and grant in a
/// file, and the project orders them again. (The case folder runner checks their convergence.)</summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class ExtractRoundTripTests
{
    private static readonly string[] Names =
    [
        "aggregate-create", "aggregate-comment", "aggregate-changed", "aggregate-declared-before-state-function",
        "aggregate-drop-with-state-function", "collation-create-and-use", "collation-dropped",
    ];

    private static IEnumerable<TestCaseData> Cases() =>
        Names.SelectMany(name => new[] { (name, "a.sql"), (name, "b.sql") })
            .Select(c => new TestCaseData(c.name, c.Item2).SetName($"Extract round trip: {c.name}/{c.Item2}"));

    [TestCaseSource(nameof(Cases))]
    public async Task The_extracted_folder_builds_back_to_the_same_model(string name, string file)
    {
        var sql = ReadOrEmpty(Path.Combine(RepositoryPaths.Root, "tests", "cases", name, file));
        if (string.IsNullOrWhiteSpace(sql))
        {
            Assert.Pass("an empty database: nothing to extract");
        }

        var model = await BuildAsync(("schema.sql", sql));
        var extracted = SchemaFolderWriter.Write(
            MigrationPlanner.Plan(PublicOnly(model), model, PlanOptions.Default with { OnlineSafe = false }), "extracted");
        var rebuilt = await BuildAsync([.. extracted.Select(f => (f.Path, f.Text))]);

        Assert.That(Fingerprint.Of(rebuilt), Is.EqualTo(Fingerprint.Of(model)),
            string.Join("\n", extracted.Select(f => $"== {f.Path}\n{f.Text}")));
        Assert.That(extracted.Select(f => f.Path), Has.Exactly(model.Aggregates.Select(a => a.Name).Distinct().Count()).StartsWith("aggregates/"));
        Assert.That(extracted.Select(f => f.Path), Has.Exactly(model.Collations.Count).StartsWith("collations/"));
    }

    private static async Task<DatabaseModel> BuildAsync(params (string Path, string Sql)[] files)
    {
        using var project = SchemaFolder.Create(files);
        var built = await ShadowBuild.BuildAsync(SchemaProject.Load(project.Root), TestServer.Server, ShadowBuildOptions.Default with { ReadCache = false });
        Assert.That(built.Succeeded, Is.True, "the project builds: " + string.Join("\n", built.Diagnostics));
        return built.Model!;
    }

    /// <summary>What extract plans from: every database has public.</summary>
    private static DatabaseModel PublicOnly(DatabaseModel model) =>
        DatabaseModel.Empty with { Schemas = model.Schemas.Where(s => s.Name == "public").ToEquatableArray() };

    private static string ReadOrEmpty(string path) => File.Exists(path) ? File.ReadAllText(path) : "";
}
