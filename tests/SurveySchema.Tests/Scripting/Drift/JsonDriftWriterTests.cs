using SurveySchema.Scripting.Drift;

namespace SurveySchema.Tests.Scripting.Drift;

[TestFixture]
public sealed class JsonDriftWriterTests
{
    [Test]
    public void TheDifferencesReadBackAsData()
    {
        var report = DriftSamples.Report();

        var document = JsonDriftWriter.Read(JsonDriftWriter.Write(report));

        Assert.That(document.Format, Is.EqualTo(JsonDriftWriter.CurrentFormat));
        Assert.That(document.Drifted, Is.True);
        Assert.That(document.ObjectsCompared, Is.EqualTo(report.Objects.Length));
        Assert.That(document.ObjectsDrifted, Is.EqualTo(2));
        Assert.That(document.NextCommand, Is.EqualTo(report.NextCommand));
        Assert.That(document.Differences, Has.Length.EqualTo(report.Findings.Length));
        var column = document.Differences.Single(d => d.Item == "column is_archived");
        Assert.That(column, Is.EqualTo(new DriftDocumentDifference(
            "table public.projects", "column is_archived", DriftKind.Missing, "add column is_archived boolean not null",
            "boolean not null default false", null, DriftSamples.ProjectsFile, 3, 14, ["AddColumn"])).Using<DriftDocumentDifference>(SameValues));
        var legacy = document.Differences.Single(d => d.Object == "table public.legacy");
        Assert.That((legacy.Kind, legacy.File, legacy.Line), Is.EqualTo((DriftKind.Unexpected, (string?)null, (int?)null)));
    }

    [Test]
    public void EveryKeyIsPresentAndKindsAreWords()
    {
        var json = JsonDriftWriter.Write(DriftSamples.Report());

        Assert.That(json, Does.Contain("\"kind\": \"missing\"").And.Contain("\"kind\": \"unexpected\"").And.Contain("\"kind\": \"changed\""));
        Assert.That(json, Does.Contain("\"actual\": null").And.Contain("\"file\": null"), "absent sides are null, not left out");
    }

    [Test]
    public void AnotherFormatIsRefused()
    {
        var json = JsonDriftWriter.Write(DriftSamples.NoDrift()).Replace(JsonDriftWriter.CurrentFormat, "surveyschema-drift/0", StringComparison.Ordinal);

        Assert.That(() => JsonDriftWriter.Read(json), Throws.InstanceOf<System.Text.Json.JsonException>());
    }

    private static bool SameValues(DriftDocumentDifference a, DriftDocumentDifference b) =>
        a with { Operations = [] } == b with { Operations = [] } && a.Operations.SequenceEqual(b.Operations);
}
