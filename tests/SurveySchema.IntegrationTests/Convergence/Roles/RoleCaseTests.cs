using System.Text;
using System.Text.Json;
using Npgsql;
using SurveySchema.Catalog;
using SurveySchema.Diff;
using SurveySchema.Materialise;
using SurveySchema.Model;
using SurveySchema.Parsing;
using SurveySchema.Planning;
using SurveySchema.Scripting;
using SurveySchema.Server;

namespace SurveySchema.IntegrationTests.Convergence.Roles;

/// <summary>The role case folders (tests/cases/*role*, *privileges*), run the way the shared case-folder runner
/// does, with the live side read with the desired model's declared roles: plan a → built(b), apply with psql,
/// a reads back equal to built(b), a second plan is empty, the reverse brings a back. Temporary: the lead
/// retires this once the shared runner reads declared roles too.</summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class RoleCaseTests
{
    private static readonly ScriptHeader Header = new("test") { Source = "database A", Target = "project B", LockTimeout = "5s" };

    private static readonly string[] Names =
    [
        "grant-table-to-role", "grant-table-to-role-with-grant-option", "grant-column-to-role", "grant-columns-to-role",
        "grant-sequence-to-role", "grant-sequence-usage-select-to-role", "grant-function-to-role", "grant-function-from-public-to-role",
        "grant-type-to-role", "grant-type-and-domain-to-role", "grant-schema-to-role", "grant-schema-to-role-on-new-schema",
        "revoke-from-role", "default-privileges-added", "default-privileges-in-schema-for-role", "alter-default-privileges",
        "policy-to-role", "policy-roles-changed", "role-declared-in-project",
    ];

    private static IEnumerable<TestCaseData> Cases() => Names.Select(name => new TestCaseData(name).SetName("RoleCase: " + name));

    [TestCaseSource(nameof(Cases))]
    public async Task Converges(string name)
    {
        var folder = Path.Combine(RepositoryPaths.Root, "tests", "cases", name);
        using var settings = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "case.json")));
        var setup = settings.RootElement.TryGetProperty("setup", out var s) ? s.GetString() : null;
        var irreversible = settings.RootElement.TryGetProperty("irreversible", out var i) && i.GetBoolean();
        await ConvergenceDatabase.ExecuteAsync(TestServer.Server.AdminConnectionString, setup ?? "");

        var desired = await BuildAsync(Path.Combine(folder, "b.sql"));
        var roles = desired.Roles.Select(r => r.Name).ToEquatableArray();
        await using var a = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);
        var aSql = Path.Combine(folder, "a.sql");
        await ConvergenceDatabase.ExecuteAsync(a.ConnectionString, File.Exists(aSql) ? await File.ReadAllTextAsync(aSql) : "");
        var original = await ReadAsync(a.ConnectionString, roles);

        var plan = MigrationPlanner.Plan(original, desired, PlanOptions.Default);
        TestContext.Out.WriteLine(SqlScriptWriter.Write(plan, Header));
        Assert.That(plan.IsEmpty, Is.False, "a and b should differ");
        Assert.That(plan.Hazards, Is.Empty);
        await ApplyAsync(a, plan, "forward");
        await AssertConvergedAsync(a, roles, desired, "forward");
        Assert.That(MigrationPlanner.Plan(await ReadAsync(a.ConnectionString, roles), desired, PlanOptions.Default).IsEmpty, Is.True, "a second plan is empty");

        var reverse = plan.Reverse();
        TestContext.Out.WriteLine(SqlScriptWriter.Write(reverse, Header));
        Assert.That(reverse.Operations.OfType<CreateRole>(), Is.Empty);
        await ApplyAsync(a, reverse, "reverse");
        if (!irreversible)
        {
            await AssertConvergedAsync(a, roles, original, "reverse");
            return;
        }

        // Roles are never dropped: apart from the roles, the reverse brings a back.
        var back = await ReadAsync(a.ConnectionString, roles);
        Assert.That(Fingerprint.Of(back with { Roles = [] }), Is.EqualTo(Fingerprint.Of(original with { Roles = [] })), "reverse, roles aside");
        Assert.That(back.Roles.Select(r => r.Name), Is.EqualTo(roles), "the declared role stays");
        Assert.That(reverse.Remarks.Select(r => r.Code), Has.Member(RemarkCodes.RoleKept));

        // The plan created the role on the shared test cluster: the next run's shadow must not find it.
        await a.DisposeAsync();
        foreach (var role in roles)
        {
            await ConvergenceDatabase.ExecuteAsync(TestServer.Server.AdminConnectionString, $"DROP ROLE IF EXISTS \"{role}\"");
        }
    }

    /// <summary>Builds b.sql as a one-file schema project in a shadow database.</summary>
    private static async Task<DatabaseModel> BuildAsync(string bSql)
    {
        var project = Path.Combine(Path.GetTempPath(), "surveyschema-rolecase-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(project);
        try
        {
            // The shared case-folder runner runs the same folder on the same cluster at the same time: a role the
            // project declares gets a name of its own here, so the two never see each other's role.
            var text = await File.ReadAllTextAsync(bSql);
            await File.WriteAllTextAsync(Path.Combine(project, "b.sql"), text);
            foreach (var role in SchemaProject.Load(project).Statements
                .Where(s => s.NodeType == "CreateRoleStmt").SelectMany(s => s.Creates.Select(c => c.Name)).Distinct().ToList())
            {
                text = text.Replace(role, role + "_" + Guid.NewGuid().ToString("N")[..6], StringComparison.Ordinal);
            }

            await File.WriteAllTextAsync(Path.Combine(project, "b.sql"), text);
            var declared = await ExistingRolesAsync(SchemaProject.Load(project));
            var result = await ShadowBuild.BuildAsync(SchemaProject.Load(project), TestServer.Server, ShadowBuildOptions.Default);
            Assert.That(result.Succeeded, Is.True, string.Join("\n", result.Diagnostics));

            // Until the shadow branch's role handling lands, the shadow on this cluster runs the project's
            // CREATE ROLE itself; a shadow cluster of its own would not leave the role behind: drop it.
            foreach (var role in declared)
            {
                await ConvergenceDatabase.ExecuteAsync(TestServer.Server.AdminConnectionString, $"DROP ROLE IF EXISTS \"{role}\"");
            }

            return result.Model!;
        }
        finally
        {
            Directory.Delete(project, recursive: true);
        }
    }

    /// <summary>The project's CREATE ROLE names that do not exist yet (the shadow is about to create them).</summary>
    private static async Task<List<string>> ExistingRolesAsync(SchemaProject project)
    {
        var names = project.Statements.Where(s => s.NodeType == "CreateRoleStmt")
            .SelectMany(s => s.Creates.Select(c => c.Name)).ToList();
        var missing = new List<string>();
        foreach (var role in names)
        {
            if (await ConvergenceDatabase.ScalarAsync(TestServer.Server.AdminConnectionString,
                $"SELECT count(*) FROM pg_roles WHERE rolname = '{role.Replace("'", "''", StringComparison.Ordinal)}'") is 0L)
            {
                missing.Add(role);
            }
        }

        return missing;
    }

    private static Task<DatabaseModel> ReadAsync(string connectionString, EquatableArray<string> roles) =>
        CatalogReader.ReadAsync(connectionString, CatalogOptions.Default with { Roles = roles });

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

    private static async Task AssertConvergedAsync(ScratchDatabase database, EquatableArray<string> roles, DatabaseModel expected, string what)
    {
        var actual = await ReadAsync(database.ConnectionString, roles);
        if (ConvergenceDatabase.SameIncludingColumnOrder(actual, expected))
        {
            return;
        }

        var remaining = SchemaDiffer.Compare(actual, expected, DiffOptions.Default);
        Assert.Fail($"{what}: fingerprints differ; remaining operations:\n"
            + string.Join("\n", remaining.Operations.Select(o => "  " + o.Describe()))
            + "\nactual:\n" + ModelJson.Serialize(actual) + "\nexpected:\n" + ModelJson.Serialize(expected));
    }
}
