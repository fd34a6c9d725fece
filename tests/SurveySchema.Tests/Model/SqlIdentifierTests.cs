using SurveySchema.Model;

namespace SurveySchema.Tests.Model;

public sealed class SqlIdentifierTests
{
    [TestCase("projects", "projects")]
    [TestCase("_x1$", "_x1$")]
    [TestCase("Projects", "\"Projects\"")]
    [TestCase("PROJECTS", "\"PROJECTS\"")]
    [TestCase("select", "\"select\"")]
    [TestCase("order", "\"order\"")]
    [TestCase("user", "\"user\"")]
    [TestCase("integer", "\"integer\"")]
    [TestCase("left", "\"left\"")]
    [TestCase("name", "name")]
    [TestCase("comment", "comment")]
    [TestCase("1st", "\"1st\"")]
    [TestCase("$x", "\"$x\"")]
    [TestCase("my table", "\"my table\"")]
    [TestCase("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [TestCase("\"", "\"\"\"\"")]
    [TestCase("", "\"\"")]
    [TestCase("é", "\"é\"")]
    public void Quotes_like_quote_ident(string identifier, string expected)
    {
        Assert.That(SqlIdentifier.Quote(identifier), Is.EqualTo(expected));
    }

    [Test]
    public void Qualified_names_quote_each_part()
    {
        Assert.That(SqlIdentifier.Quote(new QualifiedName("Audit", "order")), Is.EqualTo("\"Audit\".\"order\""));
        Assert.That(SqlIdentifier.Quote(new QualifiedName("a.b", "c")), Is.EqualTo("\"a.b\".c"));
    }

    [Test]
    public void Public_is_the_keyword_in_grants()
    {
        Assert.That(SqlIdentifier.Role(Grant.Public), Is.EqualTo("PUBLIC"));
        Assert.That(SqlIdentifier.Role("Admin"), Is.EqualTo("\"Admin\""));
    }

    [Test]
    public void A_nul_character_cannot_be_quoted()
    {
        Assert.Throws<ArgumentException>(() => SqlIdentifier.Quote("a\0b"));
    }

    [TestCase("plain", "'plain'")]
    [TestCase("", "''")]
    [TestCase("it's", "'it''s'")]
    [TestCase(@"a\b", @"E'a\\b'")]
    [TestCase(@"it's a\b", @"E'it''s a\\b'")]
    [TestCase(@"\'", @"E'\\'''")]
    public void Literals_are_escaped(string text, string expected)
    {
        Assert.That(SqlLiteral.Quote(text), Is.EqualTo(expected));
    }
}
