using SurveySchema.Diff;
using SurveySchema.Model;
using static SurveySchema.Tests.Diff.TestModels;
using static SurveySchema.Tests.Scripting.Sql.SqlCases;

namespace SurveySchema.Tests.Scripting.Sql;

/// <summary>The statements <c>SqlGenerator.cs</c> writes itself: schemas, extensions, tables as a whole, row level
/// security, storage options.</summary>
[TestFixture]
public sealed class SqlGeneratorTests
{
    private static readonly Table Projects = Table("projects", Column("id", "integer", 1, notNull: true), Column("name", "text", 2) with { Default = "'unnamed'::text" }) with
    {
        Constraints = [PrimaryKey("projects_pkey", "id"), ForeignKey("projects_owner_fkey", "owner", "owners")],
    };

    public static IEnumerable<TestCaseData> Cases =>
    [
        Case(new CreateSchema("field data"), "CREATE SCHEMA \"field data\""),
        Case(new DropSchema("staging"), "DROP SCHEMA staging"),
        Case(new CreateExtension(new Extension("uuid-ossp", "1.1", "public")), "CREATE EXTENSION \"uuid-ossp\" WITH SCHEMA public VERSION '1.1'"),
        Case(new DropExtension(new Extension("postgis", "3.3.2", "public")), "DROP EXTENSION postgis"),
        Case(new AlterExtensionUpdate("postgis", "3.3.1", "3.3.2"), "ALTER EXTENSION postgis UPDATE TO '3.3.2'"),
        Case(new CreateTable(Projects),
            "CREATE TABLE public.projects (\n    id integer NOT NULL,\n    name text DEFAULT 'unnamed'::text,\n    CONSTRAINT projects_pkey PRIMARY KEY (id)\n)"),
        Case(new DropTable(Projects), "DROP TABLE public.projects"),
        Case(new RenameTable(Name("projects"), "survey projects"), "ALTER TABLE public.projects RENAME TO \"survey projects\""),
        Case(new EnableRowLevelSecurity(Name("projects")), "ALTER TABLE public.projects ENABLE ROW LEVEL SECURITY"),
        Case(new DisableRowLevelSecurity(Name("projects")), "ALTER TABLE public.projects DISABLE ROW LEVEL SECURITY"),
        Case(new SetForceRowLevelSecurity(Name("projects"), true), "ALTER TABLE public.projects FORCE ROW LEVEL SECURITY"),
        Case(new SetForceRowLevelSecurity(Name("projects"), false), "ALTER TABLE public.projects NO FORCE ROW LEVEL SECURITY"),
        Case(new SetTableOptions(Name("projects"), ["fillfactor=70"], ["autovacuum_enabled"]),
            "ALTER TABLE public.projects RESET (autovacuum_enabled)", "ALTER TABLE public.projects SET (fillfactor=70)"),
    ];

    [TestCaseSource(nameof(Cases))]
    public void An_operation_becomes_its_statements(Operation operation, string[] sql) => AssertGenerates(operation, sql);
}
