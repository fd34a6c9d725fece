using SurveySchema.Model;
using SurveySchema.Scripting;

namespace SurveySchema.Tests.Scripting;

public sealed class SqlIdentifierTests
{
    [TestCase("projects", "projects")]
    [TestCase("_x1$", "_x1$")]
    [TestCase("Projects", "\"Projects\"")]
    [TestCase("select", "\"select\"")]
    [TestCase("user", "\"user\"")]
    [TestCase("integer", "\"integer\"")]
    [TestCase("left", "\"left\"")]
    [TestCase("name", "name")]
    [TestCase("comment", "comment")]
    [TestCase("1st", "\"1st\"")]
    [TestCase("my table", "\"my table\"")]
    [TestCase("say \"hi\"", "\"say \"\"hi\"\"\"")]
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
    }

    [TestCase("plain", "'plain'")]
    [TestCase("it's", "'it''s'")]
    [TestCase(@"a\b", @"E'a\\b'")]
    [TestCase(@"it's a\b", @"E'it''s a\\b'")]
    public void Literals_are_escaped(string text, string expected)
    {
        Assert.That(SqlLiteral.Quote(text), Is.EqualTo(expected));
    }
}
