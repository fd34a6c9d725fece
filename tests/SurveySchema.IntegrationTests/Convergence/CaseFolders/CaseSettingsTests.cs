using System.Text.Json;
using SurveySchema.Planning;
using SurveySchema.Server;

namespace SurveySchema.IntegrationTests.Convergence.CaseFolders;

/// <summary>case.json as people write it: lower-case template names, raw refactor logs, no silent typos.</summary>
[TestFixture]
public sealed class CaseSettingsTests
{
    [Test]
    public void Every_field_reads_as_written()
    {
        var settings = CaseSettings.Parse("""
            {
              // comments are allowed
              "hazards": ["DataLoss", "Irreversible"],
              "template": "postgis",
              "rows": "INSERT INTO t VALUES (1);",
              "setup": "CREATE ROLE r;",
              "check": "SELECT true",
              "irreversible": true,
              "offline": true,
              "refactorLog": [{"kind": "table", "from": "public.a", "to": "b"}],
              "directApply": false,
              "note": "why",
            }
            """);

        Assert.That(settings.Hazards, Is.EqualTo(new[] { HazardKind.DataLoss, HazardKind.Irreversible }));
        Assert.That(settings.Template, Is.EqualTo(DatabaseTemplate.PostGis));
        Assert.That((settings.Rows, settings.Setup, settings.Check, settings.Note), Is.EqualTo(("INSERT INTO t VALUES (1);", "CREATE ROLE r;", "SELECT true", "why")));
        Assert.That((settings.Irreversible, settings.Offline, settings.DirectApply), Is.EqualTo((true, true, false)));
        var renames = SurveySchema.Diff.RefactorLog.Parse(settings.RefactorLog!);
        Assert.That(renames.Count(), Is.EqualTo(1));

        // Written back (as found cases are) and read again: the same case.
        var back = CaseSettings.Parse(settings.ToJson());
        Assert.That(back with { Hazards = settings.Hazards, RefactorLog = settings.RefactorLog }, Is.EqualTo(settings));
        Assert.That(back.Hazards, Is.EqualTo(settings.Hazards));
        Assert.That(SurveySchema.Diff.RefactorLog.Parse(back.RefactorLog!), Is.EqualTo(renames));
    }

    [Test]
    public void A_misspelt_field_is_an_error_not_a_weaker_case()
    {
        var error = Assert.Throws<JsonException>(() => CaseSettings.Parse("""{"hazard": ["DataLoss"]}"""));
        Assert.That(error!.Message, Does.Contain("hazard"));
    }

    [Test]
    public void Defaults_write_nothing()
    {
        Assert.That(CaseSettings.Parse("{}").ToJson(), Is.EqualTo("{}"));
        Assert.That(CaseSettings.Parse("{}").DirectApply, Is.True);
    }
}
