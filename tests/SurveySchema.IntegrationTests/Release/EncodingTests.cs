using System.Text;
using SurveySchema.IntegrationTests.Revisions;
using SurveySchema.Parsing.Diagnostics;
using SurveySchema.Revisions;

namespace SurveySchema.IntegrationTests.Release;

/// <summary>A file that is not valid UTF-8 is refused with its position, never read with bytes replaced (item 11).</summary>
[TestFixture]
public sealed class EncodingTests
{
    // "COMMENT ON TABLE … IS 'résumé'" in Latin-1: 0xE9 is no UTF-8.
    private static readonly byte[] Latin1Comment =
        [.. Encoding.ASCII.GetBytes("CREATE TABLE public.cv (id int);\nCOMMENT ON TABLE public.cv IS 'r"), 0xE9, .. Encoding.ASCII.GetBytes("sum"), 0xE9, .. Encoding.ASCII.GetBytes("';\n")];

    [Test]
    public async Task ASchemaFileInLatin1IsRefusedWithFileLineAndColumn()
    {
        var folder = Directory.CreateTempSubdirectory("surveyschema-utf8-").FullName;
        try
        {
            var file = Path.Combine(folder, "cv.sql");
            await File.WriteAllBytesAsync(file, Latin1Comment);

            var result = await CliRun.InProcessAsync("check", "--project", folder);

            Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
            Assert.That(result.Error, Does.Contain($"cv.sql(2,33): error {DiagnosticCodes.InvalidUtf8}: byte 0xe9 is not valid UTF-8"), result.ToString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task ARevisionFileInLatin1IsRefusedWithFileLineAndColumn()
    {
        using var project = TestProject.Empty().Add("cv", "CREATE TABLE public.cv (id int);");
        var up = Directory.GetFiles(project.Revisions, "*.up.sql").Single();
        await File.WriteAllBytesAsync(up, Latin1Comment);
        project.Reseal();

        var result = await CliRun.InProcessAsync("upgrade", "--sql", "--project", project.Root);

        Assert.That(result.ExitCode, Is.EqualTo(3), result.ToString());
        Assert.That(result.Error, Does.Contain($".up.sql(2,33): error {RevisionProblemCodes.InvalidUtf8}"), result.ToString());
    }
}
