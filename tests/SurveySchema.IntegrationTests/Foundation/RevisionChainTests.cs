using Npgsql;
using SurveySchema.Server;

namespace SurveySchema.IntegrationTests.Foundation;

/// <summary>The baseline revisions walk up and back down cleanly: each down script removes exactly what its
/// up script created.</summary>
public sealed class RevisionChainTests
{
    [Test]
    public async Task UpUpDownDownLeavesNoObjectBehindAndUpWorksAgain()
    {
        await using var database = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        var before = await CatalogProbe.CreatedObjectsAsync(connection);

        await RevisionScripts.ApplyAsync(connection, RevisionScripts.InitialUp);
        await RevisionScripts.ApplyAsync(connection, RevisionScripts.ArchivingUp);
        var atHead = await CatalogProbe.CreatedObjectsAsync(connection);
        await RevisionScripts.ApplyAsync(connection, RevisionScripts.ArchivingDown);
        await RevisionScripts.ApplyAsync(connection, RevisionScripts.InitialDown);
        var after = await CatalogProbe.CreatedObjectsAsync(connection);

        Assert.Multiple(() =>
        {
            Assert.That(atHead, Does.Contain("relation survey_points").And.Contains("extension postgis")
                .And.Contains("extension uuid-ossp").And.Contains("function uuid_generate_v4()"));
            Assert.That(after, Is.EqualTo(before), "objects left behind by the down scripts");
        });

        await RevisionScripts.UpgradeToHeadAsync(connection);
        Assert.That(await CatalogProbe.TablesAsync(connection), Has.Count.EqualTo(10), "tables after upgrading again");
    }

    [Test]
    public async Task ArchivingDownRemovesExactlyTheThreeColumnsAndTheIndex()
    {
        await using var database = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();

        await RevisionScripts.ApplyAsync(connection, RevisionScripts.InitialUp);
        var initial = await CatalogProbe.ShapeAsync(connection);
        await RevisionScripts.ApplyAsync(connection, RevisionScripts.ArchivingUp);
        var archiving = await CatalogProbe.ShapeAsync(connection);
        await RevisionScripts.ApplyAsync(connection, RevisionScripts.ArchivingDown);
        var downgraded = await CatalogProbe.ShapeAsync(connection);

        Assert.Multiple(() =>
        {
            Assert.That(archiving.Except(initial), Is.EquivalentTo(new[]
            {
                "column projects.is_archived #16 boolean not null default false",
                "column projects.archived_at #17 timestamp with time zone",
                "column projects.archived_by #18 uuid",
                "comment projects.is_archived: True when the project is archived and hidden from active lists.",
                "comment projects.archived_at: When the project was archived; NULL while it is not.",
                "comment projects.archived_by: Id of the user who archived the project; NULL while it is not archived.",
                "index CREATE INDEX idx_projects_archived ON public.projects USING btree (is_archived)",
            }));
            Assert.That(initial.Except(archiving), Is.Empty, "0002 up changed what 0001 created");
            Assert.That(downgraded, Is.EqualTo(initial), "0002 down did not restore the 0001 state");
        });
    }
}
