using SurveySchema.Revisions;

namespace SurveySchema.Tests.Revisions;

[TestFixture]
public sealed class PlanBuilderTests
{
    private static readonly RunIdentity Identity = new("alice", "9.9.9");

    [Test]
    public void UpgradeRunsEachRevisionInItsOwnTransactionWithItsHistoryRow()
    {
        using var folder = new ChainFolder().Add(1, "first", up: "CREATE TABLE a (id int);\n").Add(2, "second", up: "CREATE TABLE b (id int);\n").Seal();
        var chain = folder.LoadValid();

        var plan = PlanBuilder.Upgrade(chain, 0, 2, Identity);

        Assert.That(plan.Steps.Select(step => step.Revision?.Id), Is.EqualTo(new string?[] { null, "0001", "0002" }));
        var first = plan.Steps[1].Units.Single();
        Assert.That(first.InTransaction, Is.True);
        Assert.That(first.Statements.Select(statement => statement.Sql), Has.Some.Contains("CREATE TABLE a"));
        Assert.That(first.Statements[^1].Sql, Does.StartWith("INSERT INTO surveyschema.revision_history").And.Contain("'0001'").And.Contain("'alice'").And.Contain("'9.9.9'"));
        Assert.That(first.Statements[1].Sql, Does.Contain("at IS NOT NULL"), "the first revision expects base");
        Assert.That(plan.Steps[2].Units.Single().Statements[1].Sql, Does.Contain("IS DISTINCT FROM '0001'"));
    }

    [Test]
    public void ScriptHasOneBeginCommitPairPerRevisionAndTheTables()
    {
        using var folder = new ChainFolder().Add(1, "first").Add(2, "second").Seal();
        var script = ScriptRenderer.Render(PlanBuilder.Upgrade(folder.LoadValid(), 0, 2, Identity));

        Assert.That(Count(script, "\nBEGIN;\n"), Is.EqualTo(3));
        Assert.That(Count(script, "\nCOMMIT;\n"), Is.EqualTo(3));
        Assert.That(script.IndexOf("0001 first: base -> 0001", StringComparison.Ordinal), Is.LessThan(script.IndexOf("0002 second: 0001 -> 0002", StringComparison.Ordinal)));
    }

    [Test]
    public void DowngradeWalksBackDeletingHistoryRows()
    {
        using var folder = new ChainFolder().Add(1, "first", down: "DROP TABLE a;\n").Add(2, "second", down: "DROP TABLE b;\n").Seal();

        var plan = PlanBuilder.Downgrade(folder.LoadValid(), 2, 0, Identity);

        var steps = plan.Steps.Where(step => step.Revision is not null).ToList();
        Assert.That(steps.Select(step => (step.FromName, step.ToName)), Is.EqualTo(new[] { ("0002", "0001"), ("0001", "base") }));
        Assert.That(steps[0].Units.Single().Statements.Select(statement => statement.Sql), Has.Some.Contains("DROP TABLE b"));
        Assert.That(steps[0].Units.Single().Statements[^1].Sql, Is.EqualTo("DELETE FROM surveyschema.revision_history WHERE revision = '0002'"));
        Assert.That(steps[0].Units.Single().Statements[1].Sql, Does.Contain("IS DISTINCT FROM '0002'"));
    }

    [Test]
    public void NoTransactionStatementsRunOnTheirOwnAndLeaveProgressRows()
    {
        using var folder = new ChainFolder().Add(1, "first", up:
            """
            CREATE TABLE t (id int);
            -- surveyschema:no-transaction
            CREATE INDEX CONCURRENTLY t_a ON t (id);
            CREATE INDEX CONCURRENTLY t_b ON t (id);
            -- surveyschema:transaction
            COMMENT ON TABLE t IS 'x';
            """).Seal();

        var step = PlanBuilder.Upgrade(folder.LoadValid(), 0, 1, Identity).Steps[1];

        Assert.That(step.Units.Select(unit => unit.InTransaction), Is.EqualTo(new[] { true, false, false, true }));
        Assert.That(step.Units.Select(unit => unit.Lines), Is.EqualTo(new[] { "5", "7", "8", "10" }));
        Assert.That(step.Units[1].Statements.Select(statement => statement.Sql), Is.EqualTo(new[]
        {
            "CREATE INDEX CONCURRENTLY t_a ON t (id)",
            "INSERT INTO surveyschema.revision_progress (revision, direction, unit, lines) VALUES ('0001', 'up', 2, '7')",
        }));
        var last = step.Units[^1].Statements.Select(statement => statement.Sql).ToList();
        Assert.That(last[^2], Is.EqualTo("DELETE FROM surveyschema.revision_progress WHERE revision = '0001' AND direction = 'up'"));
        Assert.That(last[^1], Does.Contain("revision_history").And.Contain("min(started_at)"));
    }

    [Test]
    public void ANoTransactionRevisionIsGuardedBeforeAnythingRuns()
    {
        using var folder = new ChainFolder().Add(1, "first", up: "-- surveyschema:no-transaction\nCREATE INDEX CONCURRENTLY i ON t (id);\n").Seal();

        var step = PlanBuilder.Upgrade(folder.LoadValid(), 0, 1, Identity).Steps[1];

        Assert.That(step.Units.Select(unit => unit.InTransaction), Is.EqualTo(new[] { true, false, true }));
        Assert.That(step.Units[0].Statements.Select(statement => statement.Sql), Has.Some.StartsWith("DO $surveyschema$"));
        Assert.That(step.Units[0].Statements.Select(statement => statement.Sql), Has.None.Contains("revision_progress (revision"));
    }

    [Test]
    public void AnEmptyRevisionStillRecordsItsRow()
    {
        using var folder = new ChainFolder().Add(1, "first", up: "-- nothing\n").Seal();

        var unit = PlanBuilder.Upgrade(folder.LoadValid(), 0, 1, Identity).Steps[1].Units.Single();

        Assert.That(unit.Statements.Select(statement => statement.Sql), Has.Exactly(1).StartsWith("INSERT INTO surveyschema.revision_history"));
    }

    [Test]
    public void StampInsertsMissingRowsAndDeletesOthers()
    {
        using var folder = new ChainFolder().Add(1, "first").Add(2, "second").Add(3, "third").Seal();
        var chain = folder.LoadValid();

        var statements = PlanBuilder.Stamp(chain, 1, ["0001", "0003", "0009"], 2, Identity).Steps[^1].Units.Single().Statements.Select(statement => statement.Sql).ToList();

        Assert.That(statements, Has.Some.EqualTo("DELETE FROM surveyschema.revision_history WHERE revision = '0009'"));
        Assert.That(statements, Has.Some.EqualTo("DELETE FROM surveyschema.revision_history WHERE revision = '0003'"));
        Assert.That(statements, Has.Exactly(1).Contains("'0002', 'second'").And.Contains("'stamped'"));
        Assert.That(statements, Has.None.Contains("'0001', 'first'"));
    }

    [Test]
    public void AWalkOutsideTheChainIsAProgrammingError()
    {
        using var folder = new ChainFolder().Add(1, "first").Seal();

        Assert.Throws<ArgumentOutOfRangeException>(() => PlanBuilder.Upgrade(folder.LoadValid(), 0, 2, Identity));
        Assert.Throws<ArgumentOutOfRangeException>(() => PlanBuilder.Downgrade(folder.LoadValid(), 0, 1, Identity));
    }

    [Test]
    public void QuotesInDescriptionsAndUsersAreEscaped()
    {
        using var folder = new ChainFolder().Write("0001_x.up.sql", "-- description: O'Brien's \\ fix\n").Write("0001_x.down.sql", "").Seal();

        var insert = PlanBuilder.Upgrade(folder.LoadValid(), 0, 1, new RunIdentity("d'arcy", "1")).Steps[1].Units.Single().Statements[^1].Sql;

        Assert.That(insert, Does.Contain(@"E'O''Brien''s \\ fix'").And.Contain("'d''arcy'"));
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var index = text.IndexOf(part, StringComparison.Ordinal); index >= 0; index = text.IndexOf(part, index + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
