using SurveySchema.Server;

namespace SurveySchema.Tests.Server;

[TestFixture]
public sealed class RedactionTests
{
    [TestCase("Host=h;Password=hunter22;Database=d", "Host=h;Password=***;Database=d")]
    [TestCase("host=h;PWD = 'hunter22';", "host=h;PWD=***;")]
    [TestCase("Host=h;Psw=hunter22", "Host=h;Psw=***")]
    [TestCase("Password=\"hunter;22\";Host=h", "Password=***;Host=h")]
    [TestCase("cannot connect to postgresql://app:hunter22@h:5432/db now", "cannot connect to postgresql://app:***@h:5432/db now")]
    [TestCase("postgresql+psycopg2://app:hun@ter22@h/db", "postgresql+psycopg2://app:***@h/db")]
    [TestCase("postgresql://h/db has no password", "postgresql://h/db has no password")]
    public void PatternsAreMasked(string text, string expected)
    {
        Assert.That(Redaction.RemovePasswords(text), Is.EqualTo(expected));
    }

    [Test]
    public void KnownPasswordIsMaskedWhereverItAppears()
    {
        const string connection = "Host=h;Username=u;Password=Tr0ub4dor&3";

        var text = Redaction.RemovePasswords("28P01: password Tr0ub4dor&3 rejected (Tr0ub4dor%263)", connection);

        Assert.That(text, Is.EqualTo("28P01: password *** rejected (***)"));
    }

    [Test]
    public void UnreadableConnectionStringDoesNotThrow()
    {
        Assert.That(Redaction.RemovePasswords("text", "this is ; not = valid ;;; ="), Is.EqualTo("text"));
    }
}
