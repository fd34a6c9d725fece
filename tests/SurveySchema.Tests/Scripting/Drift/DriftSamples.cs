using SurveySchema.Diff;
using SurveySchema.Model;
using SurveySchema.Parsing;
using SurveySchema.Parsing.Dependencies;
using SurveySchema.Scripting.Drift;
using static SurveySchema.Tests.Diff.TestModels;

namespace SurveySchema.Tests.Scripting.Drift;

/// <summary>A drifted pair of small models with hand-made declarations, for the drift report tests: the project
/// declares <c>projects</c> (with a column and an index the database lacks or holds differently) and
/// <c>points</c>; the database also has <c>legacy</c>, which the project does not declare.</summary>
internal static class DriftSamples
{
    public const string ProjectsFile = "schema/tables/projects.sql";

    public static DatabaseModel Desired { get; } = Db(
        Table("projects", Column("id", "uuid", 1, notNull: true), Column("name", "text", 2), Column("is_archived", "boolean", 3, notNull: true) with { Default = "false" })
            with { Indexes = [Index("projects", "idx_projects_name", "name") with { Definition = "CREATE INDEX idx_projects_name ON public.projects USING btree (name, id)" }] },
        Table("points", Column("id", "uuid", 1, notNull: true)));

    public static DatabaseModel Actual { get; } = Db(
        Table("projects", Column("id", "uuid", 1, notNull: true), Column("name", "text", 2))
            with { Indexes = [Index("projects", "idx_projects_name", "name")] },
        Table("points", Column("id", "uuid", 1, notNull: true)),
        Table("legacy", Column("code", "text", 1)));

    public static IReadOnlyList<ObjectDeclaration> Declarations { get; } =
    [
        new(new SchemaObjectName(SchemaObjectKind.Table, "public", "projects"), new SourceLocation(ProjectsFile, 3, 14)),
        new(new SchemaObjectName(SchemaObjectKind.Index, "public", "idx_projects_name"), new SourceLocation(ProjectsFile, 12, 14)),
        new(new SchemaObjectName(SchemaObjectKind.Table, "public", "points"), new SourceLocation("schema/tables/points.sql", 1, 14)),
    ];

    public static SchemaDifference Difference => SchemaDiffer.Compare(Actual, Desired, new DiffOptions());

    public static DriftReport Report() => DriftReportBuilder.Build(
        Difference, Actual, Desired, Declarations, "db:5432/survey as app", "schema", "surveyschema diff --out artifacts/diff/migration.sql");

    public static DriftReport NoDrift() => DriftReportBuilder.Build(
        SchemaDiffer.Compare(Desired, Desired, new DiffOptions()), Desired, Desired, Declarations, "db:5432/survey as app", "schema", "never shown");
}
