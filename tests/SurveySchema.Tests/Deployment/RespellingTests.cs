using SurveySchema.Deployment.Spelling;
using SurveySchema.Diff;
using SurveySchema.Model;
using SurveySchema.Server;
using static SurveySchema.Tests.Diff.TestModels;

namespace SurveySchema.Tests.Deployment;

/// <summary>When the differences cannot be spelling, <see cref="Respelling"/> settles them without a scratch database.</summary>
public sealed class RespellingTests
{
    [Test]
    public async Task Differences_that_cannot_be_spelling_need_no_scratch_database()
    {
        // Nothing listens on port 1: a round trip would fail and say so in a remark.
        await using var scratch = new ScratchServer(new PostgresServer("Host=127.0.0.1;Port=1;Username=nobody;Database=postgres;Timeout=1"));
        var live = Db(Table("points", Column("id", "integer", 1, notNull: true), Column("code", "character varying(50)", 2)));
        var desired = Db(Table("points", Column("id", "integer", 1, notNull: true), Column("code", "character varying(120)", 2)) with
        {
            Indexes = [Index("points", "idx_points_code", "code")],
        });

        var comparison = await Respelling.CompareAsync(scratch, live, desired, DiffOptions.Default, CancellationToken.None);

        Assert.That(comparison.Difference.Operations, Is.Not.Empty);
        Assert.That(comparison.Difference.Remarks, Has.None.Contains("spelling"), "no round trip was tried");
        Assert.That(comparison.SpellingOnly, Is.Zero);
    }
}
