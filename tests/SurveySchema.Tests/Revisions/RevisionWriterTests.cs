using SurveySchema.Revisions;

namespace SurveySchema.Tests.Revisions;

[TestFixture]
public sealed class RevisionWriterTests
{
    [Test]
    public void WritesTheNextPairWithHeadersAndSealsIt()
    {
        using var folder = new ChainFolder().Add(1, "first").Add(2, "second").Seal();

        var written = RevisionWriter.Write(folder.LoadValid(), "Add survey crews", created: new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero));

        Assert.That(Path.GetFileName(written.UpPath), Is.EqualTo("0003_add_survey_crews.up.sql"));
        Assert.That(Path.GetFileName(written.DownPath), Is.EqualTo("0003_add_survey_crews.down.sql"));
        var chain = folder.LoadValid();
        var revision = chain.Head!;
        Assert.That((revision.Id, revision.Description), Is.EqualTo(("0003", "Add survey crews")));
        Assert.That(revision.Up.Text, Does.StartWith("-- revision: 0003\n-- description: Add survey crews\n-- revises: 0002\n-- created: 2025-01-02 03:04:05Z\n"));
        Assert.That(revision.Up.Script.IsEmpty && revision.Down.Script.IsEmpty, Is.True);
    }

    [Test]
    public void StartsAnEmptyChainAtOneRevisingNone()
    {
        using var folder = new ChainFolder();

        RevisionWriter.Write(folder.LoadValid(), "initial schema", "CREATE TABLE a (id int);", "DROP TABLE a;");

        var revision = folder.LoadValid().Revisions.Single();
        Assert.That(revision.Id, Is.EqualTo("0001"));
        Assert.That(revision.Up.Text, Does.Contain("-- revises: none\n").And.EndWith("\nCREATE TABLE a (id int);\n"));
        Assert.That(revision.Down.Script.Statements.Single().Text, Does.EndWith("DROP TABLE a"));
    }

    [Test]
    public void KeepsExistingManifestLines()
    {
        using var folder = new ChainFolder().Add(1, "first").Seal();
        var before = File.ReadAllLines(Path.Combine(folder.Path, ChecksumManifest.FileName));

        RevisionWriter.Write(folder.LoadValid(), "second");

        var after = File.ReadAllLines(Path.Combine(folder.Path, ChecksumManifest.FileName));
        Assert.That(after, Is.SupersetOf(before));
        Assert.That(after, Has.Length.EqualTo(4));
        var names = after.Select(line => line[66..]).ToList();
        Assert.That(names, Is.EqualTo(names.Order(StringComparer.Ordinal).ToList()));
    }

    [Test]
    public void NeverOverwritesAFileOfTheSameName()
    {
        using var folder = new ChainFolder().Add(1, "first").Seal();
        var chain = folder.LoadValid();
        RevisionWriter.Write(chain, "second");

        Assert.Throws<IOException>(() => RevisionWriter.Write(chain, "second"));
    }
}
