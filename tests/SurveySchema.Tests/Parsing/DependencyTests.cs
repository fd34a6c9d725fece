using SurveySchema.Parsing.Dependencies;
using SurveySchema.Parsing.Diagnostics;

namespace SurveySchema.Tests.Parsing;

[TestFixture]
public sealed class DependencyTests
{
    [Test]
    public void A_name_declared_twice_is_left_to_postgresql()
    {
        // PostgreSQL is the arbiter: these are valid (USING INDEX reuses the index's name; two overloads
        // differ by argument types; a view replaced), and a true duplicate is its "already exists" to report.
        using var folder = SchemaFolder.Create(
            ("tables/a.sql", "CREATE TABLE items (id int);\nCREATE UNIQUE INDEX items_key ON items (id);\nALTER TABLE items ADD CONSTRAINT items_key PRIMARY KEY USING INDEX items_key;"),
            ("tables/b.sql", "CREATE TABLE public.items (id bigint);\nCREATE VIEW v AS SELECT 1 AS a;\nCREATE OR REPLACE VIEW v AS SELECT 1 AS a, 2 AS b;"),
            ("f.sql", "CREATE FUNCTION f(a integer) RETURNS int LANGUAGE sql AS 'SELECT 1';\nCREATE FUNCTION f(b int4) RETURNS int LANGUAGE sql AS 'SELECT 3';\n"));

        var project = folder.Load();

        Assert.That(project.Diagnostics, Is.Empty);
        Assert.That(project.Statements, Has.Length.EqualTo(8));
    }

    [Test]
    public void A_foreign_key_to_an_undeclared_table_is_a_warning_at_the_reference()
    {
        using var folder = SchemaFolder.Create(("tables/points.sql",
            "CREATE TABLE points (\n    id int PRIMARY KEY,\n    project_id int REFERENCES projects (id)\n);"));

        var project = folder.Load();
        var error = project.Diagnostics.Single();

        Assert.That((error.Code, error.Severity), Is.EqualTo((DiagnosticCodes.UnknownReference, DiagnosticSeverity.Warning)));
        Assert.That(project.HasErrors, Is.False, "a DO block or an extension may create it: PostgreSQL decides");
        Assert.That((error.Line, error.Column), Is.EqualTo((3, 31)));
        Assert.That(error.Message, Does.Contain("table projects is not declared"));
    }

    [TestCase("COMMENT ON TABLE ghost IS 'x'", "relation ghost")]
    [TestCase("COMMENT ON COLUMN ghost.id IS 'x'", "relation ghost")]
    [TestCase("GRANT SELECT ON ghost TO PUBLIC", "relation ghost")]
    [TestCase("ALTER TABLE ghost ENABLE ROW LEVEL SECURITY", "relation ghost")]
    [TestCase("CREATE INDEX idx_ghost ON ghost (id)", "relation ghost")]
    [TestCase("CREATE VIEW v AS WITH w AS (SELECT 1) SELECT * FROM t, w, ghost", "relation ghost")]
    [TestCase("CREATE TABLE u (id int, shape geometry(Point, 4326))", "type geometry")]
    [TestCase("CREATE TABLE u (id int, kind audit.kind)", "type audit.kind")]
    [TestCase("CREATE TABLE u (id int DEFAULT next_id())", "function next_id")]
    [TestCase("CREATE TABLE u (id int DEFAULT nextval('u_seq'))", "relation u_seq")]
    public void References_to_undeclared_objects_are_warnings(string statement, string named)
    {
        using var folder = SchemaFolder.Create(("a.sql", "CREATE TABLE t (id int);\n" + statement + ";"));

        var errors = folder.Load().Diagnostics.Where(d => d.Code == DiagnosticCodes.UnknownReference).ToList();

        Assert.That(errors, Has.Count.GreaterThanOrEqualTo(1));
        Assert.That(errors.Select(e => e.Message), Has.Some.Contains(named + " is not declared"));
        Assert.That(errors.Select(e => e.Line), Is.All.EqualTo(2));
        Assert.That(errors.Select(e => e.Severity), Is.All.EqualTo(DiagnosticSeverity.Warning));
    }

    [Test]
    public void Built_in_types_and_functions_are_not_references_to_check()
    {
        using var folder = SchemaFolder.Create(("a.sql",
            "CREATE TABLE t (id bigserial PRIMARY KEY, a text, b varchar(3), c timestamptz DEFAULT now(), d jsonb DEFAULT '{}'::jsonb,\n" +
            "  e numeric(10,2) CHECK (e >= 0), f tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce(a, ''))) STORED,\n" +
            "  g int[] DEFAULT array[]::int[], h pg_catalog.int8, i timestamp with time zone DEFAULT CURRENT_TIMESTAMP);\n" +
            "CREATE VIEW v AS SELECT t.id, count(*) FROM t JOIN pg_catalog.pg_class c ON true, pg_namespace GROUP BY t.id;"));

        Assert.That(folder.Load().Diagnostics, Is.Empty);
    }

    [Test]
    public void A_declared_extension_provides_its_types_and_functions()
    {
        const string table = "CREATE TABLE t (id uuid DEFAULT uuid_generate_v4(), shape geometry(PointZ, 2277), area box2d, srid int REFERENCES spatial_ref_sys (srid));\n";
        using var without = SchemaFolder.Create(("t.sql", table));
        using var with = SchemaFolder.Create(("t.sql", table), ("extensions.sql", "CREATE EXTENSION IF NOT EXISTS postgis;\nCREATE EXTENSION \"uuid-ossp\" WITH SCHEMA public;"));

        var missing = without.Load().Diagnostics.Select(d => d.Message).ToList();
        var project = with.Load();

        Assert.That(missing, Has.Some.Contains("function uuid_generate_v4"));
        Assert.That(missing, Has.Some.Contains("type geometry"));
        Assert.That(missing, Has.Some.Contains("type box2d"));
        Assert.That(missing, Has.Some.Contains("table spatial_ref_sys"));
        Assert.That(project.Diagnostics, Is.Empty);
        Assert.That(project.Statements.Select(s => s.NodeType), Is.EqualTo(new[] { "CreateExtensionStmt", "CreateExtensionStmt", "CreateStmt" }));
    }

    [Test]
    public void A_statement_lists_what_it_creates_and_references()
    {
        using var folder = SchemaFolder.Create(("a.sql",
            "CREATE SCHEMA audit;\n" +
            "CREATE TYPE audit.action AS ENUM ('insert', 'delete');\n" +
            "CREATE SEQUENCE audit.entry_seq;\n" +
            "CREATE TABLE audit.entries (id bigint DEFAULT nextval('audit.entry_seq') PRIMARY KEY, action audit.action NOT NULL, CONSTRAINT ck_id CHECK (id > 0));\n" +
            "CREATE INDEX ON audit.entries (action);\n"));

        var project = folder.Load();

        Assert.That(project.Diagnostics, Is.Empty);
        var table = project.Statements.Single(s => s.NodeType == "CreateStmt");
        Assert.That(table.Creates, Does.Contain(new SchemaObjectName(SchemaObjectKind.Table, "audit", "entries")));
        Assert.That(table.Creates, Does.Contain(new SchemaObjectName(SchemaObjectKind.Constraint, "audit", "ck_id", "audit.entries")));
        Assert.That(table.Creates, Does.Contain(new SchemaObjectName(SchemaObjectKind.Index, "audit", "entries_pkey")));
        Assert.That(table.References, Does.Contain(new SchemaObjectName(SchemaObjectKind.Type, "audit", "action")));
        Assert.That(table.References, Does.Contain(new SchemaObjectName(SchemaObjectKind.Relation, "audit", "entry_seq")));
        Assert.That(table.References, Does.Contain(new SchemaObjectName(SchemaObjectKind.Schema, null, "audit")));
        Assert.That(project.Statements.Select(s => s.NodeType), Is.EqualTo(new[] { "CreateSchemaStmt", "CreateEnumStmt", "CreateSeqStmt", "CreateStmt", "IndexStmt" }));
    }

    [Test]
    public void Triggers_follow_their_function_and_table_and_share_no_name_space_with_policies()
    {
        using var folder = SchemaFolder.Create(
            ("a_triggers.sql", "CREATE TRIGGER guard BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION touch();\nCREATE POLICY guard ON t USING (true);"),
            ("b_table.sql", "CREATE TABLE t (id int, updated_at timestamptz);"),
            ("c_function.sql", "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;"));

        var project = folder.Load();

        Assert.That(project.Diagnostics, Is.Empty);
        Assert.That(project.Statements.Select(s => s.NodeType), Is.EqualTo(new[] { "CreateFunctionStmt", "CreateStmt", "CreateTrigStmt", "CreatePolicyStmt" }));
    }

    [Test]
    public void A_trigger_function_nobody_declares_is_a_warning()
    {
        using var folder = SchemaFolder.Create(("a.sql", "CREATE TABLE t (id int);\nCREATE TRIGGER guard BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION touch();"));

        var error = folder.Load().Diagnostics.Single();

        Assert.That((error.Code, error.Line), Is.EqualTo((DiagnosticCodes.UnknownReference, 2)));
        Assert.That(error.Message, Does.Contain("function touch is not declared"));
    }
}
