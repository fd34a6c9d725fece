using SurveySchema.Revisions;

namespace SurveySchema.Tests.Revisions;

[TestFixture]
public sealed class RevisionFileNameTests
{
    [Test]
    public void ParsesUpAndDownNames()
    {
        Assert.That(RevisionFileName.TryParse("0002_add_project_archiving.down.sql"),
            Is.EqualTo(new RevisionFileName("0002", 2, "add_project_archiving", RevisionDirection.Down)));
    }

    [TestCase("2_short.up.sql")]
    [TestCase("0002_add.sql")]
    [TestCase("0002.up.sql")]
    [TestCase("0002_add.UP.sql")]
    [TestCase("0002_a b.up.sql")]
    public void RejectsOtherNames(string name)
    {
        Assert.That(RevisionFileName.TryParse(name), Is.Null);
    }

    [TestCase("Add project archiving", "add_project_archiving")]
    [TestCase("  Drop: survey_points.old_code (v2)! ", "drop_survey_points_old_code_v2")]
    [TestCase("Ändere Straße", "ndere_stra_e")]
    [TestCase("!!!", "revision")]
    [TestCase("split a very long message about a great many things into a readable file name", "split_a_very_long_message_about_a_great_many")]
    public void SlugFromMessage(string message, string slug)
    {
        Assert.That(RevisionFileName.SlugFrom(message), Is.EqualTo(slug));
    }

    [Test]
    public void SlugsNeverExceedTheLimit()
    {
        Assert.That(RevisionFileName.SlugFrom(new string('x', 200)), Has.Length.EqualTo(RevisionFileName.MaxSlugLength));
    }
}
