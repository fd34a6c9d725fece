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

    [Test]
    public void OffsetsLinesAndColumnsPointIntoTheFile()
    {
        const string text = "-- header\n\nCREATE TABLE a (id int);\n  -- about b\n  CREATE TABLE b (id int);\n";
        var (script, _) = Split(text);

        var second = script.Statements.ElementAt(1);
        Assert.That(second.Text, Is.EqualTo("-- about b\n  CREATE TABLE b (id int)"));
        Assert.That(text.Substring(second.Offset, second.Text.Length), Is.EqualTo(second.Text));
        Assert.That((second.Line, second.Column), Is.EqualTo((5, 3)));
        Assert.That(text[second.TokenOffset..].StartsWith("CREATE TABLE b", StringComparison.Ordinal), Is.True);
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
    public void CommentsOnlyMakeAnEmptyScript()
    {
        var (script, problems) = Split("-- revision: 0001\n-- nothing to do\n");

        Assert.That(problems, Is.Empty);
        Assert.That(script.IsEmpty, Is.True);
    }

    private static (RevisionScript Script, System.Collections.Immutable.ImmutableArray<RevisionProblem> Problems) Split(string text) =>
        ScriptSplitter.Split(text, "test.sql");
}
