using SurveySchema.Diff;
using SurveySchema.Model;

namespace SurveySchema.Tests.Diff;

public sealed class RefactorLogTests
{
    [Test]
    public void Entries_default_to_the_public_schema()
    {
        var renames = RefactorLog.Parse("""[{"kind":"table","from":"a","to":"b"},{"kind":"column","table":"survey.points","from":"x","to":"y"}]""");

        Assert.That(renames, Is.EqualTo(new[]
        {
            new DeclaredRename(RenameKind.Table, new QualifiedName("public", "a"), "a", "b"),
            new DeclaredRename(RenameKind.Column, new QualifiedName("survey", "points"), "x", "y"),
        }));
    }

    [Test]
    public void An_unknown_kind_names_the_entry()
    {
        Assert.That(() => RefactorLog.Parse("""[{"kind":"view","from":"a","to":"b"}]""", "schema/refactorlog.json"),
            Throws.TypeOf<FormatException>().With.Message.Contains("schema/refactorlog.json: entry 1"));
    }

    [Test]
    public void A_missing_file_means_no_renames()
    {
        Assert.That(RefactorLog.LoadIfExists(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "refactorlog.json")), Is.Empty);
    }
}
