using SurveySchema.IntegrationTests.Server;
using SurveySchema.Server;

namespace SurveySchema.IntegrationTests;

/// <summary>The one server every integration test uses, chosen by <see cref="TestServerChoice"/>: the server named
/// by <c>SURVEYSCHEMA_TEST_CONNECTION</c>, else a PostGIS container where a Docker engine answers, else the
/// embedded cluster. Started once for the run, the choice printed once, and stopped at the run's end.</summary>
[SetUpFixture]
public sealed class TestServer
{
    private static EmbeddedPostgres? embedded;
    private static DockerPostgres? docker;
    private static PostgresServer? server;

    public static PostgresServer Server =>
        server ?? throw new InvalidOperationException("the test server is not started");

    /// <summary>How the run's server was chosen (null before the run starts).</summary>
    internal static TestServerChoice? Choice { get; private set; }

    /// <summary>The container, when the run uses the Docker path.</summary>
    internal static DockerPostgres? Docker => docker;

    /// <summary>A fresh database for one test; dispose it to drop it.</summary>
    public static Task<ScratchDatabase> CreateDatabaseAsync(DatabaseTemplate template = DatabaseTemplate.PostGis) =>
        Server.CreateDatabaseAsync(template, "surveyschema_test");

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        DockerEngine? engine = null;
        var given = Environment.GetEnvironmentVariable(TestServerChoice.ConnectionVariable);
        if (string.IsNullOrWhiteSpace(given))
        {
            engine = await DockerProbe.FindAsync();
        }

        Choice = TestServerChoice.Decide(given, () => engine!);
        switch (Choice.Kind)
        {
            case TestServerKind.Given:
                server = new PostgresServer(Choice.Connection!);
                break;
            case TestServerKind.Docker:
                docker = await DockerPostgres.StartAsync(Choice.DockerEndpoint!);
                server = docker.Server;
                break;
            default:
                embedded = await EmbeddedPostgres.StartAsync();
                server = embedded.Server;
                break;
        }

        // Progress, not a test's output: shown once at the start of the run, whatever the verbosity.
        TestContext.Progress.WriteLine($"test server: {Choice.Kind.ToString().ToLowerInvariant()} {server.Display} ({Choice.Reason})");
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (embedded is not null)
        {
            await embedded.DisposeAsync();
        }

        if (docker is not null)
        {
            await docker.DisposeAsync();
        }
    }
}
