using SurveySchema.Diff;
using SurveySchema.Model;
using SurveySchema.Parsing;
using SurveySchema.Parsing.Dependencies;
using SurveySchema.Scripting.Drift;
using SurveySchema.Tests.Diff;
using SurveySchema.Tests.Parsing;

namespace SurveySchema.Tests.Scripting.Drift;

/// <summary>Findings from the differ's operations: which way each differs, what each side holds, and where the
/// project declares it (a parse fact, not a text search).</summary>
[TestFixture]
public sealed class DriftReportBuilderTests
{
    [Test]
    public void EachDifferenceIsNamedWithItsSidesAndItsDeclaration()
    {
        var report = DriftSamples.Report();

        var column = report.Findings.Single(f => f.Item == "column is_archived");
        Assert.That(column.Object, Is.EqualTo("table public.projects"));
        Assert.That(column.Kind, Is.EqualTo(DriftKind.Missing));
        Assert.That(column.Expected, Is.EqualTo("boolean not null default false"));
        Assert.That(column.Actual, Is.Null);
        Assert.That(column.Operations, Is.EqualTo(new[] { "AddColumn" }));
        Assert.That(column.DeclaredAt, Is.EqualTo(new SourceLocation(DriftSamples.ProjectsFile, 3, 14)), "a column points at its table's CREATE TABLE");

        var legacy = report.Findings.Single(f => f.Object == "table public.legacy");
        Assert.That(legacy.Kind, Is.EqualTo(DriftKind.Unexpected));
        Assert.That(legacy.Expected, Is.Null);
        Assert.That(legacy.Actual, Does.Contain("code text"));
        Assert.That(legacy.DeclaredAt, Is.Null, "only the database has it: declared nowhere");
    }

    [Test]
    public void AnItemDroppedAndCreatedAgainIsOneChangeAtItsOwnDeclaration()
    {
        var report = DriftSamples.Report();

        var index = report.Findings.Single(f => f.Item == "index idx_projects_name");
        Assert.That(index.Kind, Is.EqualTo(DriftKind.Changed));
        Assert.That(index.Operations, Is.EqualTo(new[] { "DropIndex", "CreateIndex" }));
        Assert.That(index.Expected, Does.Contain("(name, id)"));
        Assert.That(index.Actual, Does.Contain("(name)").And.Not.Contain("id)"));
        Assert.That(index.DeclaredAt, Is.EqualTo(new SourceLocation(DriftSamples.ProjectsFile, 12, 14)), "the index's own CREATE INDEX, not its table's");
    }

    [Test]
    public void EveryObjectOfEitherSideIsComparedOnce()
    {
        var report = DriftSamples.Report();

        Assert.That(report.Objects.Select(o => o.Subject), Is.EqualTo(new[]
        {
            "schema public", "table public.legacy", "table public.points", "table public.projects",
        }));
        Assert.That(report.Objects.Single(o => o.Name == "public.points").DeclaredAt?.File, Is.EqualTo("schema/tables/points.sql"));
        Assert.That(report.DriftedObjects, Is.EqualTo(2));
        Assert.That(report.Findings.Select(f => f.Object).Distinct(), Is.SubsetOf(report.Objects.Select(o => o.Subject)));
        Assert.That(report.NextCommand, Is.Not.Null);
    }

    [Test]
    public void WithoutDriftThereIsNoNextCommand()
    {
        var report = DriftSamples.NoDrift();

        Assert.That(report.HasDrift, Is.False);
        Assert.That(report.NextCommand, Is.Null);
        Assert.That(report.Objects, Has.Length.EqualTo(3));
    }

    [Test]
    public void DeclarationsComeFromTheParseAndPathsBelowTheRootAreWrittenRelative()
    {
        using var folder = SchemaFolder.Create(
            ("tables/projects.sql", "-- projects\n\nCREATE TABLE public.projects (\n    id uuid PRIMARY KEY,\n    name text\n);\n\nCREATE INDEX idx_projects_name ON public.projects (name, id);\n"),
            ("tables/points.sql", "CREATE TABLE public.points (id uuid NOT NULL);\n"));
        var project = folder.Load();
        Assert.That(project.HasErrors, Is.False, string.Join("\n", project.Diagnostics));

        var declarations = ObjectDeclaration.Of(project.Statements);
        var report = DriftReportBuilder.Build(
            DriftSamples.Difference, DriftSamples.Actual, DriftSamples.Desired, declarations, "db", folder.Path, "next",
            pathsRelativeTo: Path.GetDirectoryName(folder.Path));

        var projectsFile = Path.GetFileName(folder.Path) + "/tables/projects.sql";
        Assert.That(report.Findings.Single(f => f.Item == "column is_archived").DeclaredAt, Is.EqualTo(new SourceLocation(projectsFile, 3, 14)));
        Assert.That(report.Findings.Single(f => f.Item == "index idx_projects_name").DeclaredAt?.Line, Is.EqualTo(8));
        var primaryKey = declarations.Single(d => d.Name.Kind == SchemaObjectKind.Constraint);
        Assert.That((primaryKey.Name.Name, primaryKey.Name.Table, primaryKey.Location.Line), Is.EqualTo(("projects_pkey", "public.projects", 4)),
            "an implicit name is declared where its clause is written");
    }

    [Test]
    public void ARoutineIsFoundByNameWhenTheCatalogSpellsItsArgumentsDifferently()
    {
        var before = new Function(TestModels.Name("touch"), "p_id uuid") { Result = "void", Definition = "CREATE OR REPLACE FUNCTION public.touch(p_id uuid) RETURNS void LANGUAGE sql AS $$ SELECT 1 $$" };
        var after = before with { Definition = before.Definition.Replace("SELECT 1", "SELECT 2", StringComparison.Ordinal) };
        var actual = new DatabaseModel { Schemas = [new Schema("public")], Functions = [before] }.ToCanonical();
        var desired = actual with { Functions = [after] };
        ObjectDeclaration[] declarations = [new(new SchemaObjectName(SchemaObjectKind.Function, "public", "touch", Signature: "uuid"), new SourceLocation("schema/functions/touch.sql", 2, 17))];

        var report = DriftReportBuilder.Build(SchemaDiffer.Compare(actual, desired, new DiffOptions()), actual, desired, declarations, "db", "schema", "next");

        var function = report.Findings.Single();
        Assert.That(function.Kind, Is.EqualTo(DriftKind.Changed));
        Assert.That((function.Expected, function.Actual), Is.EqualTo((after.Definition, before.Definition)), "the body each side has");
        Assert.That(function.DeclaredAt, Is.EqualTo(new SourceLocation("schema/functions/touch.sql", 2, 17)));
        Assert.That(report.Objects.Single(o => o.Kind == "function").DeclaredAt, Is.EqualTo(function.DeclaredAt));
    }
}
