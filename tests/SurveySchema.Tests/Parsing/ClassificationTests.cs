using SurveySchema.Parsing;
using SurveySchema.Parsing.Diagnostics;
using SurveySchema.Parsing.Statements;

namespace SurveySchema.Tests.Parsing;

[TestFixture]
public sealed class ClassificationTests
{
    private const string Table = "CREATE TABLE t (id int PRIMARY KEY, name text);\n";

    [TestCase("INSERT INTO t VALUES (1, 'a')", "INSERT")]
    [TestCase("UPDATE t SET name = 'b'", "UPDATE")]
    [TestCase("DELETE FROM t", "DELETE")]
    [TestCase("COPY t FROM STDIN", "COPY")]
    [TestCase("SELECT * FROM t", "SELECT")]
    [TestCase("SELECT set_config('a.b', 'x', false) FROM t", "SELECT")]
    [TestCase("SELECT 1, set_config('a.b', 'x', false)", "SELECT")]
    [TestCase("MERGE INTO t USING t AS s ON t.id = s.id WHEN MATCHED THEN DELETE", "MERGE")]
    [TestCase("TRUNCATE t", "TRUNCATE")]
    public void Data_manipulation_is_an_error_naming_file_and_line(string statement, string named)
        => AssertRejected(statement, DiagnosticCodes.DataManipulation, named);

    [TestCase("CREATE TABLE copy AS SELECT * FROM t", "CREATE TABLE … AS")]
    [TestCase("SELECT * INTO copy FROM t", "SELECT … INTO")]
    public void Statements_that_copy_data_count_as_data_manipulation(string statement, string named)
        => AssertRejected(statement, DiagnosticCodes.DataManipulation, named);

    [TestCase("BEGIN", "BEGIN")]
    [TestCase("START TRANSACTION", "START")]
    [TestCase("COMMIT", "COMMIT")]
    [TestCase("ROLLBACK", "ROLLBACK")]
    [TestCase("SAVEPOINT s", "SAVEPOINT")]
    public void Transaction_control_is_an_error_naming_file_and_line(string statement, string named)
        => AssertRejected(statement, DiagnosticCodes.TransactionControl, named);

    [TestCase("VACUUM t", "VACUUM")]
    [TestCase("DROP TABLE t", "DROP")]
    [TestCase("CREATE DATABASE other", "CREATE DATABASE")]
    [TestCase("CREATE TABLESPACE space LOCATION '/tmp'", "CREATE TABLESPACE")]
    [TestCase("ALTER DATABASE postgres SET work_mem = '64MB'", "AlterDatabaseSet")]
    public void Statements_that_declare_nothing_are_errors(string statement, string named)
        => AssertRejected(statement, DiagnosticCodes.NotDeclarative, named);

    [TestCase("ALTER TABLE t ENABLE ROW LEVEL SECURITY")]
    [TestCase("ALTER TABLE t FORCE ROW LEVEL SECURITY")]
    [TestCase("ALTER TABLE t OWNER TO postgres")]
    [TestCase("ALTER TABLE t ADD CONSTRAINT uq_t_name UNIQUE (name)")]
    [TestCase("ALTER TABLE t ADD COLUMN extra int")]
    [TestCase("ALTER TABLE t ALTER COLUMN name TYPE varchar(10)")]
    [TestCase("ALTER TABLE ONLY t ALTER COLUMN name SET NOT NULL")]
    [TestCase("ALTER TABLE t ALTER COLUMN name SET DEFAULT 'x'")]
    [TestCase("ALTER TABLE t DROP COLUMN name")]
    [TestCase("ALTER TABLE t SET UNLOGGED")]
    [TestCase("ALTER TABLE t SET LOGGED")]
    [TestCase("ALTER TABLE t REPLICA IDENTITY FULL")]
    [TestCase("ALTER TABLE t CLUSTER ON t_pkey")]
    [TestCase("ALTER TABLE t ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY")]
    [TestCase("ALTER TABLE t RENAME COLUMN name TO label")]
    [TestCase("ALTER TYPE mood ADD VALUE 'ok'")]
    [TestCase("ALTER TYPE mood OWNER TO postgres")]
    [TestCase("ALTER DOMAIN positive ADD CONSTRAINT ck CHECK (VALUE < 100)")]
    [TestCase("ALTER FUNCTION f() STABLE")]
    [TestCase("ALTER FUNCTION f() OWNER TO postgres")]
    [TestCase("ALTER FUNCTION f() SET SCHEMA public")]
    [TestCase("ALTER POLICY p ON t USING (true)")]
    [TestCase("ALTER ROLE app WITH LOGIN")]
    [TestCase("ALTER COLLATION german REFRESH VERSION")]
    [TestCase("ALTER EXTENSION plpgsql UPDATE")]
    [TestCase("ALTER STATISTICS st SET STATISTICS 100")]
    [TestCase("ALTER TEXT SEARCH CONFIGURATION english_copy OWNER TO postgres")]
    [TestCase("ALTER TEXT SEARCH DICTIONARY simple_copy (StopWords = english)")]
    [TestCase("ALTER OPERATOR FAMILY fam USING btree ADD OPERATOR 1 < (int, int)")]
    [TestCase("ALTER EVENT TRIGGER et DISABLE")]
    [TestCase("ALTER PUBLICATION pub ADD TABLE t")]
    [TestCase("ALTER SEQUENCE s OWNED BY t.id")]
    [TestCase("ALTER VIEW v OWNER TO postgres")]
    [TestCase("CREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1'")]
    [TestCase("CREATE OR REPLACE VIEW v AS SELECT 1 AS one")]
    [TestCase("DO $$ BEGIN CREATE TABLE made_by_do (id int); END $$")]
    [TestCase("CREATE SEQUENCE s")]
    [TestCase("CREATE POLICY p ON t USING (name = current_user)")]
    [TestCase("GRANT SELECT ON t TO PUBLIC")]
    [TestCase("REVOKE ALL ON t FROM PUBLIC")]
    [TestCase("ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO PUBLIC")]
    [TestCase("COMMENT ON COLUMN t.name IS 'the name'")]
    [TestCase("CREATE VIEW v AS SELECT id FROM t")]
    [TestCase("CREATE MATERIALIZED VIEW mv AS SELECT id FROM t")]
    public void Every_statement_that_declares_state_is_accepted(string statement)
    {
        using var folder = SchemaFolder.Create(("t.sql", Table + statement + ";\n"));

        var project = folder.Load();

        // Objects the ALTERs name are not declared here: at most a warning, PostgreSQL decides.
        Assert.That(project.Diagnostics.Where(d => d.IsError), Is.Empty);
        Assert.That(project.Diagnostics.Select(d => d.Code), Is.All.EqualTo(DiagnosticCodes.UnknownReference));
        Assert.That(project.Statements, Has.Length.EqualTo(2));
    }

    [TestCase("ALTER TABLE t ADD COLUMN extra int", StatementKind.Alter)]
    [TestCase("ALTER TABLE child INHERIT t", StatementKind.Alter)]
    [TestCase("ALTER TABLE t ATTACH PARTITION part FOR VALUES IN (1)", StatementKind.Alter)]
    [TestCase("ALTER TABLE t ADD CONSTRAINT t_key PRIMARY KEY USING INDEX t_key", StatementKind.Alter)]
    [TestCase("DO $$ BEGIN PERFORM 1; END $$", StatementKind.Procedural)]
    [TestCase("GRANT SELECT ON t TO PUBLIC", StatementKind.Privilege)]
    public void Every_alter_form_and_do_blocks_are_kept_with_their_kind(string statement, StatementKind kind)
    {
        using var folder = SchemaFolder.Create(("t.sql", Table + statement + ";\n"));

        var project = folder.Load();

        Assert.That(project.Diagnostics.Where(d => d.IsError), Is.Empty);
        Assert.That(project.Statements.Single(s => s.NodeType != "CreateStmt").Kind, Is.EqualTo(kind));
    }

    [TestCase("SET search_path = ''")]
    [TestCase("SET search_path TO audit, public")]
    [TestCase("SET check_function_bodies = false")]
    [TestCase("SET default_tablespace TO DEFAULT")]
    [TestCase("RESET search_path")]
    [TestCase("RESET ALL")]
    [TestCase("SELECT pg_catalog.set_config('search_path', '', false)")]
    [TestCase("SELECT set_config('a.b', 'x', false), pg_catalog.set_config('c.d', 'y', false)")]
    public void Session_settings_apply_to_the_statements_after_them_in_their_file(string setting)
    {
        using var folder = SchemaFolder.Create(
            ("a.sql", "CREATE TABLE before (id int);\n" + setting + ";\nCREATE TABLE after (id int);\n"),
            ("b.sql", "CREATE TABLE other (id int);\n"));

        var project = folder.Load();

        Assert.That(project.Diagnostics, Is.Empty);
        Assert.That(project.Statements.Select(s => s.NodeType), Is.All.EqualTo("CreateStmt"), "settings are not statements to apply");
        var byTable = project.Statements.ToDictionary(s => s.Creates[0].Name);
        Assert.That(byTable["before"].Session.IsDefaults, Is.True);
        Assert.That(byTable["after"].Session.Statements, Is.EqualTo(new[] { setting }));
        Assert.That(byTable["other"].Session, Is.EqualTo(SessionSettings.Defaults), "each file starts from the server's defaults");
    }

    [Test]
    public void Settings_accumulate_in_file_order()
    {
        using var folder = SchemaFolder.Create(("dump.sql",
            "SET statement_timeout = 0;\nSELECT pg_catalog.set_config('search_path', '', false);\nCREATE TABLE public.a (id int);\n" +
            "SET default_tablespace = '';\nCREATE TABLE public.b (id int);\nCREATE TABLE public.c (id int);\n"));

        var project = folder.Load();

        var sessions = project.Statements.ToDictionary(s => s.Creates[0].Name, s => s.Session);
        Assert.That(sessions["a"].Statements, Is.EqualTo(new[] { "SET statement_timeout = 0", "SELECT pg_catalog.set_config('search_path', '', false)" }));
        Assert.That(sessions["b"].Statements, Has.Length.EqualTo(3));
        Assert.That(sessions["c"], Is.EqualTo(sessions["b"]));
    }

    [TestCase("SET ROLE postgres", "SET ROLE")]
    [TestCase("SET SESSION AUTHORIZATION postgres", "SET SESSION AUTHORIZATION")]
    [TestCase("SET LOCAL search_path = audit", "SET LOCAL")]
    [TestCase("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE", "transaction")]
    [TestCase("SELECT set_config('search_path', 'audit', true)", "current transaction only")]
    public void Settings_that_change_identity_or_last_one_transaction_are_skipped_with_a_warning(string statement, string named)
    {
        using var folder = SchemaFolder.Create(("t.sql", Table + "\n  " + statement + ";\nCREATE TABLE u (id int);\n"));

        var project = folder.Load();

        var warning = project.Diagnostics.Single();
        Assert.That((warning.Severity, warning.Code, warning.Line, warning.Column), Is.EqualTo((DiagnosticSeverity.Warning, DiagnosticCodes.SettingSkipped, 3, 3)));
        Assert.That(warning.Message, Does.Contain(named));
        Assert.That(project.Statements.Select(s => s.Session.IsDefaults), Is.All.True);
    }

    [Test]
    public void Psql_meta_commands_are_blanked_out_and_positions_stay_right()
    {
        const string dump = "--\n-- PostgreSQL database dump\n--\n\n\\restrict K3yFr0mPgDump\n\nSET client_encoding = 'UTF8';\n" +
            "CREATE FUNCTION public.f() RETURNS text LANGUAGE sql AS $$\n\\not_a_command\n$$;\n" +
            "CREATE TABLE public.t (note text DEFAULT E'it\\'s\n\\still a string');\n" +
            "/* a comment\n\\in a comment */\n  \\connect other\nCREATE TABLE public.u (id int,, x int);\n\\unrestrict K3yFr0mPgDump\n";
        using var folder = SchemaFolder.Create(("dump.sql", dump));

        var project = folder.Load();

        Assert.That(project.Diagnostics.Select(d => (d.Severity, d.Code, d.Line, d.Column)), Is.EqualTo(new[]
        {
            (DiagnosticSeverity.Warning, DiagnosticCodes.MetaCommandSkipped, 15, 3),
            (DiagnosticSeverity.Error, DiagnosticCodes.SyntaxError, 16, 31),
        }));
        Assert.That(project.Diagnostics[0].Message, Does.Contain("\\connect other"));
        var function = project.Statements.Single(s => s.NodeType == "CreateFunctionStmt");
        Assert.That(function.Sql, Does.Contain("\\not_a_command"), "a backslash inside a dollar-quoted body is the body's");
        Assert.That(project.Statements.Single(s => s.NodeType == "CreateStmt").Sql, Does.Contain("\\still a string"));
        Assert.That(function.Location.Line, Is.EqualTo(8));
    }

    private static void AssertRejected(string statement, string code, string named)
    {
        using var folder = SchemaFolder.Create(("tables/t.sql", Table + "\n  " + statement + ";\n"));

        var project = folder.Load();

        var error = project.Diagnostics.Single();
        Assert.That(error.Severity, Is.EqualTo(DiagnosticSeverity.Error));
        Assert.That(error.Code, Is.EqualTo(code));
        Assert.That(error.File, Is.EqualTo(folder.FileOf("tables/t.sql")));
        Assert.That((error.Line, error.Column), Is.EqualTo((3, 3)));
        Assert.That(error.Message, Does.Contain(named));
        Assert.That(project.Statements.Select(s => s.NodeType), Is.EqualTo(new[] { "CreateStmt" }), "the rejected statement is not kept");
    }
}
