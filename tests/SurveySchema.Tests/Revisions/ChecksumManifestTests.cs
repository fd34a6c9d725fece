using System.Diagnostics;
using System.Text;
using SurveySchema.Revisions;

namespace SurveySchema.Tests.Revisions;

[TestFixture]
public sealed class ChecksumManifestTests
{
    private const string HashA = "469cf765a1d6e08849e946bf8cd03eb4ce7f314c03366d5bfa3057c3a69e8e40";
    private const string HashB = "A5650BC562B81DD87FFBFBC34837E491939791E1C5CE4882B9D5092CE57B29FE";

    [Test]
    public void ReadsTextAndBinaryModeLinesButOnlyTheCanonicalFormIsClean()
    {
        var (manifest, problems) = ChecksumManifest.Parse($"{HashA}  0001_a.up.sql\r\n{HashB} *0001_a.down.sql\n\n", "revisions.sum");

        // Read (so that the message can say what to fix), but one canonical form only (issue 10): CRLF, '*' and
        // order are problems.
        Assert.That(problems.Single().Message, Does.StartWith("not in canonical form (CRLF line ends)"));
        Assert.That(ChecksumManifest.Parse(manifest.Format(), "revisions.sum").Problems, Is.Empty);
        Assert.That(manifest.Entries["0001_a.up.sql"], Is.EqualTo(HashA));
        Assert.That(manifest.Entries["0001_a.down.sql"], Is.EqualTo(HashB.ToLowerInvariant()));
    }

    [Test]
    public void MalformedAndDuplicateLinesAreProblemsWithTheirLine()
    {
        var (_, problems) = ChecksumManifest.Parse($"{HashA}  x.sql\nnot a line\n{HashA}  x.sql\n", "revisions.sum");

        Assert.That(problems.Select(problem => problem.Line), Is.EqualTo(new int?[] { 2, 3 }));
        Assert.That(problems.Select(problem => problem.Code), Is.All.EqualTo(RevisionProblemCodes.Manifest));
    }

    [Test]
    public void FormatsSortedInSha256sumTextMode()
    {
        var text = ChecksumManifest.Empty.With("0002_b.up.sql", HashA).With("0001_a.up.sql", HashA).Format();

        Assert.That(text, Is.EqualTo($"{HashA}  0001_a.up.sql\n{HashA}  0002_b.up.sql\n"));
    }

    [Test]
    public void Sha256sumChecksWhatWeWrite()
    {
        var directory = Directory.CreateTempSubdirectory("surveyschema-sum-").FullName;
        try
        {
            var bytes = Encoding.UTF8.GetBytes("SELECT 1;\n");
            File.WriteAllBytes(Path.Combine(directory, "0001_a.up.sql"), bytes);
            File.WriteAllText(Path.Combine(directory, ChecksumManifest.FileName),
                ChecksumManifest.Empty.With("0001_a.up.sql", ChecksumManifest.Sha256(bytes)).Format());

            var check = Process.Start(new ProcessStartInfo("sha256sum", ["--strict", "-c", ChecksumManifest.FileName])
            {
                WorkingDirectory = directory,
                RedirectStandardOutput = true,
            })!;
            var output = check.StandardOutput.ReadToEnd();
            check.WaitForExit();

            Assert.That(check.ExitCode, Is.Zero, output);
            Assert.That(output, Does.Contain("0001_a.up.sql: OK"));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
