using SurveySchema.Diff;
using SurveySchema.IntegrationTests.Cli;
using SurveySchema.IntegrationTests.Revisions;

namespace SurveySchema.IntegrationTests.Baseline;

/// <summary><c>drift</c> on a database with survey tables but no revision history (built by hand, or by
/// Alembic): it replays the real chain on a scratch database and names the revision to stamp, or the closest
/// one and what stands between them, without touching the target.</summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class BaselineDriftTests
{
    [Test]
    public async Task A0001DatabaseWithoutHistoryDriftsAndIsNamed0001WithTheStampCommand()
    {
        await using var database = await CliDatabase.AtAsync("0001");
        var before = await CliDatabase.FingerprintAsync(database.ConnectionString);

        var result = await CliDatabase.RunAsync(CliDatabase.Args(database.ConnectionString, "drift").WithShadow());

        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.Output, Does.Contain(
            "baseline: the database matches revision 0001 (initial schema) exactly: adopt it with `surveyschema stamp 0001`"), result.ToString());
        Assert.That(result.Output, Does.Not.Contain("closest"), result.ToString());
        Assert.That(result.Output, Does.Contain("7 differences"), "drift still lists what differs from schema/");
        Assert.That(result.Error, Does.Contain("replaying").And.Contain("base → 0001 → 0002"), result.ToString());
        Assert.That(await TargetQueries.TableExistsAsync(database.ConnectionString, "surveyschema.revision_history"), Is.False,
            "the search replays on a scratch database, never on the target");
        Assert.That(await CliDatabase.FingerprintAsync(database.ConnectionString), Is.EqualTo(before));
    }

    [Test]
    public async Task A0002DatabaseWithoutHistoryHasNoDriftIsNamed0002AndAfterTheStampTheLineIsGone()
    {
        await using var database = await CliDatabase.AtAsync("0001", "0002");

        var result = await CliDatabase.RunAsync(CliDatabase.Args(database.ConnectionString, "drift").WithShadow());

        Assert.That(result.ExitCode, Is.EqualTo(0), "0001 + 0002 equals schema/\n" + result);
        Assert.That(result.Output, Does.Contain("no drift"), result.ToString());
        Assert.That(result.Output, Does.Contain(
            "baseline: the database matches revision 0002 (add project archiving) exactly: adopt it with `surveyschema stamp 0002`"), result.ToString());
        Assert.That(result.Output, Does.Not.Contain("revision 0001"), "0001's state lacks the archiving columns");

        var stamp = await CliDatabase.RunAsync(CliDatabase.Args(database.ConnectionString, "stamp", "0002"));
        Assert.That(stamp.ExitCode, Is.EqualTo(0), stamp.ToString());

        var after = await CliDatabase.RunAsync(CliDatabase.Args(database.ConnectionString, "drift").WithShadow());
        Assert.That(after.ExitCode, Is.EqualTo(0), after.ToString());
        Assert.That(after.Output, Does.Contain("revision: 0002 (head)"), after.ToString());
        Assert.That(after.Output, Does.Not.Contain("baseline:"), "an adopted database needs no baseline\n" + after);
        Assert.That(after.Error, Does.Not.Contain("replaying the revision chain"), "and no replay runs for it\n" + after);
    }

    [Test]
    public async Task A0001DatabaseWithAHandMadeColumnNamesTheClosestRevisionAndTheWayToIt()
    {
        await using var database = await CliDatabase.AtAsync("0001");
        await TargetQueries.ExecuteAsync(database.ConnectionString, "ALTER TABLE public.projects ADD COLUMN site_notes text");

        var result = await CliDatabase.RunAsync(CliDatabase.Args(database.ConnectionString, "drift").WithShadow());

        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.Output, Does.Contain("no revision matches the database exactly; closest: 0001 (initial schema), 1 difference"),
            result.ToString());
        Assert.That(result.Output, Does.Contain("then `surveyschema stamp 0001`"), result.ToString());
        Assert.That(result.Output, Does.Contain("what turns the database into 0001:"), result.ToString());
        var listed = result.Output[result.Output.IndexOf("what turns the database into 0001:", StringComparison.Ordinal)..];
        Assert.That(listed, Does.Contain("table public.projects").And.Contain("drop column site_notes (text)"), result.ToString());
        Assert.That(result.Output, Does.Not.Contain("exactly: adopt it"), result.ToString());
    }

    [Test]
    public async Task ColumnOrderKeepsAMatchFromBeingExactAndIsNamed()
    {
        // 0002's schema with is_archived re-added: the same columns, the last two in another order.
        await using var database = await CliDatabase.AtAsync("0001", "0002");
        await TargetQueries.ExecuteAsync(database.ConnectionString,
            """
            ALTER TABLE public.projects DROP COLUMN is_archived;
            ALTER TABLE public.projects ADD COLUMN is_archived boolean NOT NULL DEFAULT false;
            CREATE INDEX idx_projects_archived ON public.projects USING btree (is_archived);
            COMMENT ON COLUMN public.projects.is_archived IS 'True when the project is archived and hidden from active lists.';
            """);

        var result = await CliDatabase.RunAsync(CliDatabase.Args(database.ConnectionString, "drift").WithShadow());

        // The remark is named by its code (SR0101, column order) and its table, not by its wording.
        Assert.That(result.Output, Does.Contain(
            $"baseline: the database matches revision 0002 (add project archiving) except for what `diff` leaves alone ({RemarkCodes.ColumnOrder}: table public.projects"),
            result.ToString());
        Assert.That(result.Output, Does.Contain("adopt it with `surveyschema stamp 0002`"), result.ToString());
        Assert.That(result.Output, Does.Not.Contain("exactly:"), "a column order remark is no exact match\n" + result);
    }

    [Test]
    public async Task AnAlembicVersionThatDisagreesWithTheSchemaIsPointedOut()
    {
        await using var database = await CliDatabase.AtAsync("0001", "0002");
        await TargetQueries.ExecuteAsync(database.ConnectionString,
            "CREATE TABLE public.alembic_version (version_num varchar(32) PRIMARY KEY); INSERT INTO public.alembic_version VALUES ('0001');");

        var result = await CliDatabase.RunAsync(CliDatabase.Args(database.ConnectionString, "drift").WithShadow());

        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(result.Output, Does.Contain("matches revision 0002 (add project archiving) exactly"), result.ToString());
        Assert.That(result.Output, Does.Contain("Alembic's version table says 0001, but the schema matches 0002"), result.ToString());
    }
}
