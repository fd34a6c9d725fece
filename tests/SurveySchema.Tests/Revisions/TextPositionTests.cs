using SurveySchema.Revisions;

namespace SurveySchema.Tests.Revisions;

[TestFixture]
public sealed class TextPositionTests
{
    [Test]
    public void LinesAndColumnsAreOneBased()
    {
        Assert.That(TextPosition.Of("ab\ncd", 0), Is.EqualTo(new TextPosition(1, 1)));
        Assert.That(TextPosition.Of("ab\ncd", 4), Is.EqualTo(new TextPosition(2, 2)));
    }

    [Test]
    public void PostgresCharacterPositionsCountAstralCharactersOnce()
    {
        // PostgreSQL counts "😀" as one character; UTF-16 holds it in two units.
        const string text = "x\nSELECT '😀', nope";
        var offset = TextPosition.OffsetOfCharacter(text, 2, position: 13);

        Assert.That(text[offset..], Is.EqualTo("nope"));
        Assert.That(TextPosition.Of(text, offset), Is.EqualTo(new TextPosition(2, 14)));
    }
}
