using SurveySchema.Scripting.Drift;

namespace SurveySchema.Tests.Scripting.Drift;

[TestFixture]
public sealed class MarkdownDriftSummaryWriterTests
{
    [Test]
    public void TheSummaryHasTheVerdictATableRowPerDifferenceAndTheNextCommand()
    {
        var report = DriftSamples.Report();

        var md = MarkdownDriftSummaryWriter.Write(report);

        Assert.That(md, Does.StartWith($"## Schema drift: {report.Findings.Length} differences\n"));
        Assert.That(md, Does.Contain("2 of 4 objects compared"));
        var rows = md.Split('\n').Where(l => l.StartsWith("| table", StringComparison.Ordinal)).ToList();
        Assert.That(rows, Has.Count.EqualTo(report.Findings.Length));
        Assert.That(rows, Has.Some.EqualTo($"| table public.projects | column is_archived | missing | boolean not null default false | — | `{DriftSamples.ProjectsFile}:3` |"));
        Assert.That(md, Does.Contain("Next: `surveyschema diff --out artifacts/diff/migration.sql`"));
    }

    [Test]
    public void CellsStayOnOneLineWithPipesEscapedAndLongTextCut()
    {
        var report = DriftSamples.Report();
        report = report with { Findings = [report.Findings[0] with { Expected = "a | b\nc" + new string('x', 300) }] };

        var row = MarkdownDriftSummaryWriter.Write(report).Split('\n').Single(l => l.StartsWith("| table", StringComparison.Ordinal));

        Assert.That(row, Does.Contain("a \\| b c"));
        Assert.That(row, Does.Contain("…"));
        Assert.That(row.Split(" | "), Has.Length.EqualTo(6), "six cells");
    }

    [Test]
    public void WithoutDriftItSaysSo()
    {
        var md = MarkdownDriftSummaryWriter.Write(DriftSamples.NoDrift());

        Assert.That(md, Is.EqualTo("## Schema drift: none\n\ndb:5432/survey as app matches `schema` (3 objects compared).\n"));
    }
}
