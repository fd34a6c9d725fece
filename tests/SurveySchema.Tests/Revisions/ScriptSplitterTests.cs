using SurveySchema.Revisions;

namespace SurveySchema.Tests.Revisions;

[TestFixture]
public sealed class ScriptSplitterTests
{
    [Test]
    public void SplitsOnTopLevelSemicolonsOnly()
    {
        var (script, problems) = Split(
            """
            SELECT 'a;b', "we;ird", E'it\'s;', $$x;y$$, $fn$ $$;$$ $fn$;
            /* block ; /* nested ; */ still ; */ SELECT 2;
            -- line ; comment
            SELECT 3
            """);

        Assert.That(problems, Is.Empty);
        var statements = script.Statements.ToList();
        Assert.That(statements, Has.Count.EqualTo(3));
        Assert.That(statements[0].Text, Is.EqualTo("SELECT 'a;b', \"we;ird\", E'it\\'s;', $$x;y$$, $fn$ $$;$$ $fn$"));
        Assert.That(statements[1].Text, Does.StartWith("/* block").And.EndWith("SELECT 2"));
        Assert.That(statements[2].Text, Is.EqualTo("-- line ; comment\nSELECT 3"));
    }

    [Test]
    public void ATrailingCommentIsNotPartOfTheLastStatement()
    {
        // Rendered as "text;" in an offline script, a trailing -- comment would swallow the semicolon.
        var (script, problems) = Split("SELECT 1 -- one\n-- the end\n");

        Assert.That(problems, Is.Empty);
        Assert.That(script.Statements.Single().Text, Is.EqualTo("SELECT 1"));
    }

    [Test]
    public void PositionalParameterAndDollarInIdentifierAreNotQuotes()
    {
        var (script, problems) = Split("PREPARE p AS SELECT $1, a$b$ FROM t; SELECT 2;");

        Assert.That(problems, Is.Empty);
        Assert.That(script.Statements.Select(statement => statement.Text), Is.EqualTo(new[] { "PREPARE p AS SELECT $1, a$b$ FROM t", "SELECT 2" }));
    }

    [Test]
    public void BeginAtomicBodyKeepsItsSemicolons()
    {
        var (script, problems) = Split(
            """
            CREATE FUNCTION f(n int) RETURNS int LANGUAGE sql
            BEGIN ATOMIC
                SELECT CASE WHEN n > 0 THEN 1 ELSE 0 END;
                SELECT n;
            END;
            SELECT f(1);
            """);

        Assert.That(problems, Is.Empty);
        var statements = script.Statements.ToList();
        Assert.That(statements, Has.Count.EqualTo(2));
        Assert.That(statements[0].Text, Does.EndWith("SELECT n;\nEND"));
    }

    // The second case puts non-ASCII text first: ä is two bytes in UTF-8 (what libpg_query counts) and one
    // UTF-16 unit (what the runner indexes); the emoji is four bytes and two units.
    [TestCase("-- header\n\nCREATE TABLE a (id int);\n  -- about b\n  CREATE TABLE b (id int);\n",
        "-- about b\n  CREATE TABLE b (id int)", "CREATE TABLE b", 5, 3)]
    [TestCase("COMMENT ON TABLE t IS 'Fläche 🗺';\n/* ü */ SELECT 'ö' AS x;\n",
        "/* ü */ SELECT 'ö' AS x", "SELECT 'ö'", 2, 9)]
    public void OffsetsLinesAndColumnsPointIntoTheFile(string text, string statementText, string firstToken, int line, int column)
    {
        var (script, _) = Split(text);

        var second = script.Statements.ElementAt(1);
        Assert.That(second.Text, Is.EqualTo(statementText));
        Assert.That(text.Substring(second.Offset, second.Text.Length), Is.EqualTo(second.Text));
        Assert.That((second.Line, second.Column), Is.EqualTo((line, column)));
        Assert.That(text[second.TokenOffset..].StartsWith(firstToken, StringComparison.Ordinal), Is.True);
    }

    [Test]
    public void MarkersStartSegments()
    {
        var (script, problems) = Split(
            """
            CREATE TABLE t (id int);
            -- surveyschema:no-transaction
            CREATE INDEX CONCURRENTLY t_id ON t (id);
            DROP INDEX CONCURRENTLY t_old;
            -- surveyschema:transaction
            COMMENT ON TABLE t IS 'x';
            """);

        Assert.That(problems, Is.Empty);
        Assert.That(script.Segments.Select(segment => (segment.InTransaction, segment.Statements.Length, segment.Line)),
            Is.EqualTo(new[] { (true, 1, 1), (false, 2, 2), (true, 1, 5) }));
    }

    [Test]
    public void CommentsAfterAMarkerGoWithTheNextStatementAndCommentsBeforeItWithNeither()
    {
        var (script, problems) = Split("CREATE TABLE t (id int);\n-- before\n-- surveyschema:no-transaction\n-- why concurrently\nCREATE INDEX CONCURRENTLY t_id ON t (id);\n");

        Assert.That(problems, Is.Empty);
        Assert.That(script.Segments[1].Statements.Single().Text, Is.EqualTo("-- why concurrently\nCREATE INDEX CONCURRENTLY t_id ON t (id)"));
        Assert.That(script.Segments[0].Statements.Single().Text, Is.EqualTo("CREATE TABLE t (id int)"));
    }

    [Test]
    public void AMarkerInABlockCommentOrAStringIsNotAMarker()
    {
        var (script, problems) = Split("/*\n-- surveyschema:no-transaction\n*/\nSELECT '\n-- surveyschema:no-transaction\n';\n");

        Assert.That(problems, Is.Empty);
        Assert.That(script.Segments.Select(segment => segment.InTransaction), Is.EqualTo(new[] { true }));
    }

    [Test]
    public void ConcurrentlyInsideTheTransactionIsAProblemNamingTheLine()
    {
        var (_, problems) = Split("CREATE TABLE t (id int);\nCREATE UNIQUE INDEX CONCURRENTLY t_id ON t (id);\n");

        Assert.That(problems, Has.Length.EqualTo(1));
        Assert.That(problems[0].Code, Is.EqualTo(RevisionProblemCodes.NeedsNoTransaction));
        Assert.That((problems[0].Line, problems[0].Column), Is.EqualTo((2, 1)));
        Assert.That(problems[0].Message, Does.Contain("-- surveyschema:no-transaction"));
    }

    [TestCase("BEGIN;")]
    [TestCase("COMMIT;")]
    [TestCase("ROLLBACK;")]
    [TestCase("START TRANSACTION;")]
    [TestCase("end;")]
    [TestCase("abort;")]
    [TestCase("PREPARE TRANSACTION 'x';")]
    public void TransactionControlIsAProblem(string statement)
    {
        var (_, problems) = Split("SELECT 1;\n" + statement);

        Assert.That(problems.Select(problem => problem.Code), Is.EqualTo(new[] { RevisionProblemCodes.TransactionControl }));
    }

    [Test]
    public void SavepointsAndRollbackToAreAllowed()
    {
        var (_, problems) = Split("SAVEPOINT s; ROLLBACK TO SAVEPOINT s; RELEASE SAVEPOINT s;");

        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void UnterminatedStringIsAProblemAtItsStart()
    {
        var (_, problems) = Split("SELECT 1;\nSELECT 'oops;\n");

        Assert.That(problems.Single().Code, Is.EqualTo(RevisionProblemCodes.Syntax));
        Assert.That((problems[0].Line, problems[0].Column), Is.EqualTo((2, 8)));
    }

    [Test]
    public void ASyntaxErrorAnywhereRefusesTheWholeFileAtTheOffendingToken()
    {
        // The broken statement comes last: nothing of the file may run, not even the statements before it.
        var (script, problems) = Split("CREATE TABLE a (id int);\n-- Größe\nCREATE TABLE brüche (id int,, x int);\n");

        var problem = problems.Single();
        Assert.That(problem.Code, Is.EqualTo(RevisionProblemCodes.Syntax));
        Assert.That(problem.Message, Does.Contain("syntax error at or near \",\""));
        Assert.That(problem.ToString(), Does.StartWith("test.sql(3,29): error SS6009: "));
        Assert.That(script.IsEmpty, Is.True);
    }

    [Test]
    public void AMarkerInsideAStatementIsAProblemAtTheMarker()
    {
        var (_, problems) = Split("CREATE TABLE t (\n    id int\n    -- surveyschema:no-transaction\n);\n");

        var problem = problems.Single();
        Assert.That(problem.Code, Is.EqualTo(RevisionProblemCodes.Syntax));
        Assert.That((problem.Line, problem.Column), Is.EqualTo((3, 5)));
        Assert.That(problem.Message, Does.Contain("inside a statement"));
    }

    [Test]
    public void TheWordConcurrentlyInAStringOrABodyIsNotAStatementThatRefusesATransaction()
    {
        var (_, problems) = Split(
            """
            COMMENT ON TABLE t IS 'rebuilt with CREATE INDEX CONCURRENTLY';
            CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN EXECUTE 'VACUUM t'; END $$;
            REINDEX (CONCURRENTLY false) INDEX t_id;
            ANALYZE t;
            """);

        Assert.That(problems, Is.Empty);
    }

    [TestCase("VACUUM t;")]
    [TestCase("CREATE DATABASE other;")]
    [TestCase("DROP INDEX CONCURRENTLY IF EXISTS t_id;")]
    [TestCase("REINDEX INDEX CONCURRENTLY t_id;")]
    [TestCase("ALTER TABLE p DETACH PARTITION p1 CONCURRENTLY;")]
    [TestCase("ALTER SYSTEM SET work_mem = '64MB';")]
    public void StatementsThatRefuseATransactionAreFoundByTheirParseTree(string statement)
    {
        var (_, inTransaction) = Split(statement);
        var (_, outside) = Split("-- surveyschema:no-transaction\n" + statement);

        Assert.That(inTransaction.Select(problem => problem.Code), Is.EqualTo(new[] { RevisionProblemCodes.NeedsNoTransaction }));
        Assert.That(outside, Is.Empty);
    }

    [Test]
    public void CommentsOnlyMakeAnEmptyScript()
    {
        var (script, problems) = Split("-- revision: 0001\n-- nothing to do\n");

        Assert.That(problems, Is.Empty);
        Assert.That(script.IsEmpty, Is.True);
    }

    private static (RevisionScript Script, System.Collections.Immutable.ImmutableArray<RevisionProblem> Problems) Split(string text) =>
        ScriptSplitter.Split(text, "test.sql");
}
