using SurveySchema.Parsing.Diagnostics;

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

    [TestCase("SET search_path = public", "SET")]
    [TestCase("VACUUM t", "VACUUM")]
    [TestCase("DO $$ BEGIN PERFORM 1; END $$", "DO blocks")]
    [TestCase("DROP TABLE t", "DROP")]
    [TestCase("CREATE DATABASE other", "CREATE DATABASE")]
    public void Statements_that_declare_nothing_are_errors(string statement, string named)
        => AssertRejected(statement, DiagnosticCodes.NotDeclarative, named);

    [TestCase("ALTER TABLE t ADD COLUMN extra int", "AddColumn")]
    [TestCase("ALTER TABLE t ALTER COLUMN name TYPE varchar(10)", "AlterColumnType")]
    [TestCase("ALTER TABLE t DROP COLUMN name", "DropColumn")]
    public void An_alter_that_changes_a_declared_table_is_an_error(string statement, string named)
        => AssertRejected(statement, DiagnosticCodes.AlterNotAllowed, named);

    [TestCase("ALTER TABLE t ENABLE ROW LEVEL SECURITY")]
    [TestCase("ALTER TABLE t FORCE ROW LEVEL SECURITY")]
    [TestCase("ALTER TABLE t OWNER TO postgres")]
    [TestCase("ALTER TABLE t ADD CONSTRAINT uq_t_name UNIQUE (name)")]
    [TestCase("CREATE SEQUENCE s")]
    [TestCase("CREATE POLICY p ON t USING (name = current_user)")]
    [TestCase("GRANT SELECT ON t TO PUBLIC")]
    [TestCase("REVOKE ALL ON t FROM PUBLIC")]
    [TestCase("ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO PUBLIC")]
    [TestCase("COMMENT ON COLUMN t.name IS 'the name'")]
    [TestCase("CREATE VIEW v AS SELECT id FROM t")]
    [TestCase("CREATE MATERIALIZED VIEW mv AS SELECT id FROM t")]
    public void Declarations_and_the_alters_postgres_needs_are_accepted(string statement)
    {
        using var folder = SchemaFolder.Create(("t.sql", Table + statement + ";\n"));

        var project = folder.Load();

        Assert.That(project.Diagnostics, Is.Empty);
        Assert.That(project.Statements, Has.Length.EqualTo(2));
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
