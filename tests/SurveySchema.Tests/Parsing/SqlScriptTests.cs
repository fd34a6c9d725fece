using SurveySchema.Parsing;
using SurveySchema.Parsing.Diagnostics;
using SurveySchema.Parsing.Statements;

namespace SurveySchema.Tests.Parsing;

[TestFixture]
public sealed class SqlScriptTests
{
    [Test]
    public void StatementsAreTrimmedToTheirTokensWithExactUtf16Offsets()
    {
        const string text = "-- Größe 🗺\nCREATE TABLE flächen (id int) ; -- after\n\n/* lead */ COMMENT ON TABLE flächen IS 'ä;ö'\n-- tail\n";

        var script = SqlScript.Split(text, "x.sql");

        Assert.That(script.SyntaxError, Is.Null);
        Assert.That(script.Statements.Select(statement => statement.Text),
            Is.EqualTo(new[] { "CREATE TABLE flächen (id int)", "COMMENT ON TABLE flächen IS 'ä;ö'" }));
        foreach (var statement in script.Statements)
        {
            Assert.That(text.Substring(statement.Offset, statement.Text.Length), Is.EqualTo(statement.Text));
        }

        var second = script.Statements[1];
        Assert.That((second.Line, second.Column), Is.EqualTo((4, 12)));
        Assert.That(text[second.LeadingOffset..second.Offset], Is.EqualTo("-- after\n\n/* lead */ "),
            "comments after the previous semicolon lead the next statement");
        Assert.That(script.Statements[0].LeadingOffset, Is.Zero);
        Assert.That(script.Comments.Select(comment => (comment.Text, comment.Line, comment.Column)),
            Is.EqualTo(new[] { ("-- Größe 🗺", 1, 1), ("-- after", 2, 33), ("/* lead */", 4, 1), ("-- tail", 5, 1) }));
        Assert.That(script.Comments.Select(comment => comment.LineText), Is.EqualTo(new[] { "Größe 🗺", "after", null, "tail" }));
    }

    [Test]
    public void BeginAtomicBodiesAndDollarQuotesSplitAsTheServerSplitsThem()
    {
        var script = SqlScript.Split(
            """
            CREATE FUNCTION f(n int) RETURNS int LANGUAGE sql
            BEGIN ATOMIC
                SELECT CASE WHEN n > 0 THEN 1 ELSE 0 END;
                SELECT n;
            END;
            DO $x$ BEGIN PERFORM 1; END $x$;
            """, "x.sql");

        Assert.That(script.Statements.Select(statement => statement.NodeType), Is.EqualTo(new[] { "CreateFunctionStmt", "DoStmt" }));
        Assert.That(script.Statements[0].Text, Does.EndWith("SELECT n;\nEND"));
    }

    [Test]
    public void ASyntaxErrorIsADiagnosticAtTheOffendingTokenAndNoStatements()
    {
        var script = SqlScript.Split("SELECT 1;\n-- ä\nSELEC 2;\n", "dir/x.sql");

        Assert.That(script.Statements, Is.Empty);
        Assert.That(script.SyntaxError!.ToCanonicalString(), Is.EqualTo("dir/x.sql(3,1): error SS0101: syntax error at or near \"SELEC\""));
        Assert.That(script.SyntaxError.Code, Is.EqualTo(DiagnosticCodes.SyntaxError));
    }

    [Test]
    public void ANulCharacterIsRefusedRatherThanEndingTheScript()
    {
        var script = SqlScript.Split("SELECT 1;\nSELECT 2;\0 DROP TABLE t;", "x.sql");

        Assert.That(script.Statements, Is.Empty);
        Assert.That((script.SyntaxError!.Line, script.SyntaxError.Column), Is.EqualTo((2, 10)));
    }

    [TestCase("CREATE INDEX CONCURRENTLY i ON t (a)", TransactionRole.RefusesTransactionBlock, "CREATE INDEX CONCURRENTLY")]
    [TestCase("CREATE INDEX i ON t (a)", TransactionRole.Ordinary, "Index")]
    [TestCase("DROP INDEX CONCURRENTLY i", TransactionRole.RefusesTransactionBlock, "DROP INDEX CONCURRENTLY")]
    [TestCase("REINDEX (CONCURRENTLY) TABLE t", TransactionRole.RefusesTransactionBlock, "REINDEX … CONCURRENTLY")]
    [TestCase("REINDEX (CONCURRENTLY off) TABLE t", TransactionRole.Ordinary, "Reindex")]
    [TestCase("REINDEX DATABASE d", TransactionRole.RefusesTransactionBlock, "REINDEX DATABASE")]
    [TestCase("VACUUM (ANALYZE) t", TransactionRole.RefusesTransactionBlock, "VACUUM")]
    [TestCase("ANALYZE t", TransactionRole.Ordinary, "ANALYZE")]
    [TestCase("CLUSTER", TransactionRole.RefusesTransactionBlock, "CLUSTER of every table")]
    [TestCase("CLUSTER t USING i", TransactionRole.Ordinary, "Cluster")]
    [TestCase("DROP DATABASE d", TransactionRole.RefusesTransactionBlock, "DROP DATABASE")]
    [TestCase("ALTER DATABASE d SET TABLESPACE s", TransactionRole.RefusesTransactionBlock, "ALTER DATABASE … SET TABLESPACE")]
    [TestCase("ALTER DATABASE d SET work_mem = '1MB'", TransactionRole.Ordinary, "AlterDatabaseSet")]
    [TestCase("BEGIN", TransactionRole.TransactionControl, "BEGIN")]
    [TestCase("START TRANSACTION ISOLATION LEVEL SERIALIZABLE", TransactionRole.TransactionControl, "START TRANSACTION")]
    [TestCase("END", TransactionRole.TransactionControl, "COMMIT")]
    [TestCase("COMMIT PREPARED 'x'", TransactionRole.TransactionControl, "COMMIT PREPARED")]
    [TestCase("SAVEPOINT s", TransactionRole.Ordinary, "SAVEPOINT")]
    [TestCase("ROLLBACK TO SAVEPOINT s", TransactionRole.Ordinary, "ROLLBACK TO SAVEPOINT")]
    public void TheTransactionRoleComesFromTheParseTree(string sql, TransactionRole role, string description)
    {
        var statement = SqlScript.Split(sql, "x.sql").Statements.Single();

        Assert.That((statement.Transaction, statement.Description), Is.EqualTo((role, description)));
    }

    [Test]
    public void OnlyCommentsMakeNoStatements()
    {
        var script = SqlScript.Split("-- nothing\n/* to /* do */ */\n", "x.sql");

        Assert.That(script.SyntaxError, Is.Null);
        Assert.That(script.Statements, Is.Empty);
        Assert.That(script.Comments, Has.Length.EqualTo(2));
    }
}
