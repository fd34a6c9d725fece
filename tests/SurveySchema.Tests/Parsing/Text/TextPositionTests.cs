using SurveySchema.Parsing.Text;

namespace SurveySchema.Tests.Parsing.Text;

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

    [Test]
    public void CrLfIsOneLineBreak()
    {
        const string text = "a;\r\n\r\nSELECT nope";

        Assert.That(TextPosition.Of(text, text.IndexOf("nope", StringComparison.Ordinal)), Is.EqualTo(new TextPosition(3, 8)));
        Assert.That(TextPosition.Of(text, 2), Is.EqualTo(new TextPosition(1, 3)), "the '\\r' ends its line");
    }

    [Test]
    public void A_lone_high_surrogate_is_one_character()
    {
        // Malformed UTF-16 (a high surrogate not followed by a low one) must not swallow the next character.
        var text = "\uD83Dxy";

        Assert.That(TextPosition.OffsetOfCharacter(text, 0, position: 2), Is.EqualTo(1));
    }

    [TestCase("CREATE TABLE t (a int);\nSELECT nope;", "nope")]
    [TestCase("CREATE TABLE t (a int);\r\nSELECT nope;", "nope")]
    [TestCase("-- é, 中文, 😀\r\nCREATE TABLE \"😀\" (\"é\" int,\n  nope text);", "nope")]
    [TestCase("\r\n\r\n  x 😀😀 nope", "nope")]
    public void Source_text_maps_byte_offsets_to_the_same_positions(string text, string marker)
    {
        var source = SourceText.FromString("f.sql", "f.sql", text);
        var charOffset = text.IndexOf(marker, StringComparison.Ordinal);
        var byteOffset = System.Text.Encoding.UTF8.GetByteCount(text.AsSpan(0, charOffset));

        Assert.That(source.CharOffset(byteOffset), Is.EqualTo(charOffset));
        Assert.That(source.Position(byteOffset), Is.EqualTo(TextPosition.Of(text, charOffset)));
        var location = source.Locate(byteOffset);
        Assert.That((location.Line, location.Column), Is.EqualTo((TextPosition.Of(text, charOffset).Line, TextPosition.Of(text, charOffset).Column)));
    }
}
