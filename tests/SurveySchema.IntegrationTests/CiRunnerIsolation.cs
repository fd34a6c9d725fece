namespace SurveySchema.IntegrationTests;

/// <summary>When the tests themselves run on GitHub Actions, the CLI runs they make in-process would see the runner's
/// variables: every drift test would append its summary to the job's page. Tests that exercise that behaviour set
/// the variables on a child process instead (<see cref="Revisions.CliRun.ChildAsync(TimeSpan, string?, IReadOnlyDictionary{string, string?}?, string[])"/>).</summary>
[SetUpFixture]
public sealed class CiRunnerIsolation
{
    [OneTimeSetUp]
    public void ForgetTheRunner()
    {
        Environment.SetEnvironmentVariable("GITHUB_ACTIONS", null);
        Environment.SetEnvironmentVariable("GITHUB_STEP_SUMMARY", null);
    }
}
