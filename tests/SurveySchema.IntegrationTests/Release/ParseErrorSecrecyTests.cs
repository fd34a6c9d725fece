using SurveySchema.IntegrationTests.Cli;

namespace SurveySchema.IntegrationTests.Release;

/// <summary>A parse error quotes the token it could not place; that token may be a connection string
/// (issue 10, item 2).</summary>
[TestFixture]
public sealed class ParseErrorSecrecyTests
{
    private const string Password = "Tr0ub4dor-s3cret-pw";

    [TestCase("drift", "--conection", "postgresql://u:" + Password + "@h/db")]
    [TestCase("drift", "--conection", "Host=h;Username=u;Password=" + Password)]
    [TestCase("current", "--conection=postgresql://u:" + Password + "@h/db")]
    [TestCase("deploy", "--plan", "p.json", "--conection", "Host=h;Pwd=" + Password + ";Database=d")]
    public async Task AParseErrorNeverPrintsThePassword(params string[] args)
    {
        var result = await CliDatabase.RunAsync(args);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Error, Does.Contain("error:"), result.ToString());
        Assert.That(result.Output + result.Error, Does.Not.Contain(Password), result.ToString());
    }
}
