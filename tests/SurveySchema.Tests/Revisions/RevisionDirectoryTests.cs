using SurveySchema.Revisions;

namespace SurveySchema.Tests.Revisions;

[TestFixture]
public sealed class RevisionDirectoryTests
{
    [Test]
    public void LoadsAnOrderedChainWithDescriptionsAndChecksums()
    {
        using var folder = new ChainFolder().Add(2, "second").Add(1, "first").Seal();

        var chain = folder.LoadValid();

        Assert.That(chain.Revisions.Select(revision => revision.Id), Is.EqualTo(new[] { "0001", "0002" }));
        Assert.That(chain.Revisions[1].Description, Is.EqualTo("second"));
        Assert.That(chain.Revisions[0].Checksum, Is.EqualTo(ChecksumManifest.Sha256(File.ReadAllBytes(chain.Revisions[0].Up.Path))));
        Assert.That(chain.Head!.Id, Is.EqualTo("0002"));
    }

    [Test]
    public void AHoleIsRefusedNamingTheMissingNumber()
    {
        using var folder = new ChainFolder().Add(1, "first").Add(3, "third", revises: "0001").Seal();

        var problem = folder.Load().Problems.Single();

        Assert.That(problem.Code, Is.EqualTo(RevisionProblemCodes.Hole));
        Assert.That(problem.Message, Does.Contain("0002 missing between 0001 and 0003"));
    }

    [Test]
    public void AChainThatDoesNotStartAtOneHasAHole()
    {
        using var folder = new ChainFolder().Add(2, "second", revises: "none").Seal();

        Assert.That(folder.Load().Problems.Select(problem => problem.Code), Is.EqualTo(new[] { RevisionProblemCodes.Hole }));
    }

    [Test]
    public void AForkIsRefusedNamingBothRevisions()
    {
        using var folder = new ChainFolder().Add(1, "first").Add(2, "mine").Add(2, "theirs").Seal();

        var result = folder.Load();

        Assert.That(result.Succeeded, Is.False);
        var problem = result.Problems.Single();
        Assert.That(problem.Code, Is.EqualTo(RevisionProblemCodes.Fork));
        Assert.That(problem.Message, Does.Contain("0002_mine").And.Contain("0002_theirs"));
    }

    [Test]
    public void AnUpWithoutADownIsRefused()
    {
        using var folder = new ChainFolder().Add(1, "first");
        File.Delete(Path.Combine(folder.Path, "0001_first.down.sql"));
        folder.Seal();

        var problem = folder.Load().Problems.Single();

        Assert.That(problem.Code, Is.EqualTo(RevisionProblemCodes.MissingPair));
        Assert.That(problem.Message, Does.Contain("0001_first.down.sql is missing"));
    }

    [Test]
    public void AFileThatDoesNotMatchTheManifestIsRefusedNamingBothChecksums()
    {
        using var folder = new ChainFolder().Add(1, "first").Seal();
        var path = Path.Combine(folder.Path, "0001_first.up.sql");
        var sealedHash = ChecksumManifest.Sha256(File.ReadAllBytes(path));
        File.AppendAllText(path, "SELECT 2;\n");
        var newHash = ChecksumManifest.Sha256(File.ReadAllBytes(path));

        var problem = folder.Load().Problems.Single();

        Assert.That(problem.Code, Is.EqualTo(RevisionProblemCodes.ChecksumMismatch));
        Assert.That(problem.Path, Is.EqualTo(path));
        Assert.That(problem.Message, Does.Contain("revision 0001").And.Contain(sealedHash).And.Contain(newHash));
    }

    [Test]
    public void AFileMissingFromTheManifestIsRefused()
    {
        using var folder = new ChainFolder().Add(1, "first").Seal().Add(2, "second");

        var problems = folder.Load().Problems;

        Assert.That(problems.Select(problem => problem.Code), Is.All.EqualTo(RevisionProblemCodes.Manifest));
        Assert.That(problems.Select(problem => problem.Message), Has.Some.Contains("0002_second.up.sql is not listed"));
    }

    [Test]
    public void AManifestEntryWithoutItsFileIsRefused()
    {
        using var folder = new ChainFolder().Add(1, "first").Add(2, "second").Seal();
        File.Delete(Path.Combine(folder.Path, "0002_second.up.sql"));
        File.Delete(Path.Combine(folder.Path, "0002_second.down.sql"));

        var problems = folder.Load().Problems;

        Assert.That(problems, Has.Length.EqualTo(2));
        Assert.That(problems.Select(problem => problem.Message), Has.All.Contains("which is not in the directory"));
    }

    [Test]
    public void FilesWithoutAManifestAreRefused()
    {
        using var folder = new ChainFolder().Add(1, "first");

        Assert.That(folder.Load().Problems.Single().Message, Does.Contain("revisions.sum is missing"));
    }

    [Test]
    public void AnEmptyDirectoryIsAnEmptyChain()
    {
        using var folder = new ChainFolder();

        var chain = folder.LoadValid();

        Assert.That(chain.Count, Is.Zero);
        Assert.That(chain.NameAt(chain.Count), Is.EqualTo("base"));
    }

    [Test]
    public void AHeaderThatRevisesAnotherParentIsRefused()
    {
        using var folder = new ChainFolder().Add(1, "first").Add(2, "second").Add(3, "merged", revises: "0001").Seal();

        var problems = folder.Load().Problems;

        Assert.That(problems.Select(problem => problem.Code), Is.All.EqualTo(RevisionProblemCodes.HeaderMismatch));
        Assert.That(problems[0].Message, Does.Contain("revision 0003 says it revises 0001, but the chain puts 0002 before it"));
        Assert.That(problems[0].Line, Is.EqualTo(3));
    }

    [Test]
    public void AHeaderThatNamesAnotherRevisionIsRefused()
    {
        using var folder = new ChainFolder().Write("0001_first.up.sql", "-- revision: 0007\nSELECT 1;\n").Write("0001_first.down.sql", "SELECT 1;\n").Seal();

        var problem = folder.Load().Problems.Single();

        Assert.That(problem.Code, Is.EqualTo(RevisionProblemCodes.HeaderMismatch));
        Assert.That(problem.Message, Does.Contain("0007"));
    }

    [Test]
    public void ABadFileNameIsRefused()
    {
        using var folder = new ChainFolder().Add(1, "first").Write("notes.sql", "SELECT 1;").Seal();

        Assert.That(folder.Load().Problems.Single().Code, Is.EqualTo(RevisionProblemCodes.BadFileName));
    }

    [Test]
    public void PositionsResolveNamesIdsNumbersAndStems()
    {
        using var folder = new ChainFolder().Add(1, "first").Add(2, "second").Seal();
        var chain = folder.LoadValid();

        Assert.That(chain.PositionOf("base"), Is.EqualTo(0));
        Assert.That(chain.PositionOf("HEAD"), Is.EqualTo(2));
        Assert.That(chain.PositionOf("0001"), Is.EqualTo(1));
        Assert.That(chain.PositionOf("2"), Is.EqualTo(2));
        Assert.That(chain.PositionOf("0002_second"), Is.EqualTo(2));
        Assert.That(chain.PositionOf("0002_other"), Is.Null);
        Assert.That(chain.PositionOf("0003"), Is.Null);
        Assert.That(chain.PositionOf("nonsense"), Is.Null);
    }
}
