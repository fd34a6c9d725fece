using SurveySchema.Revisions;

namespace SurveySchema.Tests.Revisions;

[TestFixture]
public sealed class RevisionStatusTests
{
    [Test]
    public void PositionIsTheRecordedPrefix()
    {
        using var folder = new ChainFolder().Add(1, "first").Add(2, "second").Seal();
        var chain = folder.LoadValid();

        var status = RevisionStatus.Evaluate(chain, State(chain, "0001"));

        Assert.That((status.Position, status.CurrentName), Is.EqualTo((1, "0001")));
        Assert.That(status.Problems, Is.Empty);
        Assert.That(status.NeedsAdoption, Is.False);
    }

    [Test]
    public void AChangedAppliedRevisionNamesBothChecksums()
    {
        using var folder = new ChainFolder().Add(1, "first").Seal();
        var chain = folder.LoadValid();
        var state = State(chain, "0001") with { History = [Row("0001", new string('0', 64))] };

        var problem = RevisionStatus.Evaluate(chain, state).Changed.Single();

        Assert.That(problem.Code, Is.EqualTo(RevisionProblemCodes.AppliedRevisionChanged));
        Assert.That(problem.Message, Does.Contain("revision 0001").And.Contain(new string('0', 64)).And.Contain(chain.Revisions[0].Checksum));
    }

    [Test]
    public void UnknownRevisionsAndGapsAreHistoryProblems()
    {
        using var folder = new ChainFolder().Add(1, "first").Add(2, "second").Seal();
        var chain = folder.LoadValid();
        var state = TargetState.Empty with { HasHistoryTable = true, History = [Row("0002", chain.Revisions[1].Checksum), Row("0007", "x")] };

        var status = RevisionStatus.Evaluate(chain, state);

        Assert.That(status.Position, Is.Zero);
        Assert.That(status.HistoryProblems.Select(problem => problem.Message), Has.Some.Contains("gap").And.Some.Contains("0007"));
    }

    [Test]
    public void AnAlembicVersionMapsToOurRevision()
    {
        using var folder = new ChainFolder().Add(1, "initial_schema").Add(2, "add_project_archiving").Seal();
        var chain = folder.LoadValid();

        Assert.That(RevisionStatus.MapAlembic("0002", chain)?.Id, Is.EqualTo("0002"));
        Assert.That(RevisionStatus.MapAlembic("0001_initial_schema", chain)?.Id, Is.EqualTo("0001"));
        Assert.That(RevisionStatus.MapAlembic("ae1027a6acf", chain), Is.Null);

        var status = RevisionStatus.Evaluate(chain, TargetState.Empty with { Alembic = new AlembicVersionTable("public.alembic_version", ["0002"]) });
        Assert.That(status.NeedsAdoption, Is.True);
        Assert.That(status.AlembicRevision?.Id, Is.EqualTo("0002"));
        Assert.That(RevisionRunner.AdoptionProblem(status).Message, Does.Contain("surveyschema stamp 0002"));
    }

    [Test]
    public void AHistoryTableEvenEmptyMeansAdopted()
    {
        using var folder = new ChainFolder().Add(1, "first").Seal();
        var status = RevisionStatus.Evaluate(folder.LoadValid(), TargetState.Empty with { HasHistoryTable = true, UserTables = ["public.other"] });

        Assert.That(status.NeedsAdoption, Is.False);
    }

    [Test]
    public void TablesWithoutHistoryNeedAdoption()
    {
        using var folder = new ChainFolder().Add(1, "first").Seal();
        var status = RevisionStatus.Evaluate(folder.LoadValid(), TargetState.Empty with { UserTables = ["public.projects"] });

        Assert.That(status.NeedsAdoption, Is.True);
        Assert.That(RevisionRunner.AdoptionProblem(status).Message,
            Does.Contain("has survey tables (public.projects) but no revision history: run `surveyschema stamp <rev>`"));
    }

    private static TargetState State(RevisionChain chain, params string[] applied) =>
        TargetState.Empty with { HasHistoryTable = true, History = [.. applied.Select(id => Row(id, chain.Find(id)!.Checksum))] };

    private static HistoryRow Row(string revision, string checksum) =>
        new(revision, "d", checksum, "applied", DateTime.UtcNow, "postgres", "alice", 1, "0.1.0");
}
