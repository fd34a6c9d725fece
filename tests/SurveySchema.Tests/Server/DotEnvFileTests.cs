using SurveySchema.Server;

namespace SurveySchema.Tests.Server;

[TestFixture]
public sealed class DotEnvFileTests
{
    [Test]
    public void ReadsAssignmentsCommentsQuotesAndExport()
    {
        var values = DotEnvFile.Parse(
            """
            # comment line
              PLAIN = value with spaces   # trailing comment
            export EXPORTED=yes
            SINGLE='literal \n #not a comment'
            DOUBLE="line\nnext \"quoted\" # kept"
            HASH=pa#ss
            EMPTY=
            not an assignment
            1BAD=ignored
            """);

        Assert.That(values, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["PLAIN"] = "value with spaces",
            ["EXPORTED"] = "yes",
            ["SINGLE"] = "literal \\n #not a comment",
            ["DOUBLE"] = "line\nnext \"quoted\" # kept",
            ["HASH"] = "pa#ss",
            ["EMPTY"] = "",
        }));
    }

    [Test]
    public void WindowsLineEndingsAndLaterLinesWin()
    {
        var values = DotEnvFile.Parse("A=1\r\nA=2\r\nB=\"x\"\r\n");

        Assert.That((values["A"], values["B"]), Is.EqualTo(("2", "x")));
    }
}
