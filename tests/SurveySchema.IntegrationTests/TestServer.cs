using SurveySchema.Server;

namespace SurveySchema.IntegrationTests;

/// <summary>The one server every integration test uses: the embedded cluster, or the server named by
/// <c>SURVEYSCHEMA_TEST_CONNECTION</c>. Started once for the run and stopped at its end.</summary>
[SetUpFixture]
public sealed class TestServer
{
    private static EmbeddedPostgres? embedded;
    private static PostgresServer? server;

    public static PostgresServer Server =>
        server ?? throw new InvalidOperationException("the test server is not started");

    /// <summary>A fresh database for one test; dispose it to drop it.</summary>
    public static Task<ScratchDatabase> CreateDatabaseAsync(DatabaseTemplate template = DatabaseTemplate.PostGis) =>
        Server.CreateDatabaseAsync(template, "surveyschema_test");

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        var given = Environment.GetEnvironmentVariable("SURVEYSCHEMA_TEST_CONNECTION");
        if (!string.IsNullOrWhiteSpace(given))
        {
            server = new PostgresServer(given);
            return;
        }

        embedded = await EmbeddedPostgres.StartAsync();
        server = embedded.Server;
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (embedded is not null)
        {
            await embedded.DisposeAsync();
        }
    }
}
