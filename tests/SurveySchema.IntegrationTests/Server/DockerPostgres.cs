using Npgsql;
using SurveySchema.Server;
using Testcontainers.PostgreSql;

namespace SurveySchema.IntegrationTests.Server;

/// <summary>PostgreSQL 15 + PostGIS 3 in a container (<see cref="TestServerChoice.PostGisImage"/>) on a Docker
/// engine, through Testcontainers; removed when disposed (and by Testcontainers' reaper if the run dies).</summary>
internal sealed class DockerPostgres : IAsyncDisposable
{
    private readonly PostgreSqlContainer container;

    private DockerPostgres(PostgreSqlContainer container, PostgresServer server)
    {
        this.container = container;
        Server = server;
    }

    public PostgresServer Server { get; }

    public static async Task<DockerPostgres> StartAsync(Uri endpoint, CancellationToken cancellationToken = default)
    {
        var container = new PostgreSqlBuilder(TestServerChoice.PostGisImage)
            .WithDockerEndpoint(endpoint)
            .Build();
        await container.StartAsync(cancellationToken);

        // The maintenance database, where CREATE DATABASE runs (PostgresServer's admin connection).
        var admin = new NpgsqlConnectionStringBuilder(container.GetConnectionString()) { Database = "postgres" }.ConnectionString;
        return new DockerPostgres(container, new PostgresServer(admin));
    }

    public async ValueTask DisposeAsync()
    {
        Server.IsStopped = true;
        await container.DisposeAsync();
    }
}
