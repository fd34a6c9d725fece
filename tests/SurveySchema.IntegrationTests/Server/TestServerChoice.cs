namespace SurveySchema.IntegrationTests.Server;

/// <summary>Where the integration tests' server comes from.</summary>
internal enum TestServerKind
{
    /// <summary>An existing server named by <c>SURVEYSCHEMA_TEST_CONNECTION</c>.</summary>
    Given,

    /// <summary>A PostGIS container started through Testcontainers on a Docker engine that answered.</summary>
    Docker,

    /// <summary>A throwaway cluster from the installed PostgreSQL binaries.</summary>
    Embedded,
}

/// <summary>What a quick look for a Docker engine found: the endpoint that answered, or why there is none.</summary>
/// <param name="Endpoint">The engine's address (<c>unix:///var/run/docker.sock</c>, <c>tcp://host:2375</c>), or
/// null when no engine answered.</param>
/// <param name="Explanation">What was looked at, in words, for the line the fixture prints.</param>
internal sealed record DockerEngine(Uri? Endpoint, string Explanation)
{
    public bool Answers => Endpoint is not null;

    public static DockerEngine None(string explanation) => new(null, explanation);
}

/// <summary>The integration tests' server, decided from what users have: a server they name wins, then a Docker
/// engine (a PostGIS image, as CI services provide), then the embedded cluster, which needs nothing but the
/// PostgreSQL packages. Pure: the inputs are read by the caller, so the order is unit-tested on its own.</summary>
/// <param name="Kind">Which server.</param>
/// <param name="Connection">The given connection string (<see cref="TestServerKind.Given"/> only).</param>
/// <param name="DockerEndpoint">The engine to start the container on (<see cref="TestServerKind.Docker"/> only).</param>
/// <param name="Reason">Why this one, for the line the fixture prints once (never the connection string:
/// it may hold a password).</param>
internal sealed record TestServerChoice(TestServerKind Kind, string? Connection, Uri? DockerEndpoint, string Reason)
{
    public const string ConnectionVariable = "SURVEYSCHEMA_TEST_CONNECTION";

    /// <summary>The PostGIS image of the Docker path: PostgreSQL 15 with PostGIS 3, as production runs.</summary>
    public const string PostGisImage = "postgis/postgis:15-3.3";

    /// <param name="givenConnection">The value of <see cref="ConnectionVariable"/>, null when unset.</param>
    /// <param name="docker">What the look for a Docker engine found; only consulted when no connection is given,
    /// so a caller may pass a lazy probe's result.</param>
    public static TestServerChoice Decide(string? givenConnection, Func<DockerEngine> docker)
    {
        ArgumentNullException.ThrowIfNull(docker);
        if (!string.IsNullOrWhiteSpace(givenConnection))
        {
            return new TestServerChoice(TestServerKind.Given, givenConnection.Trim(), null, $"{ConnectionVariable} is set");
        }

        var engine = docker();
        return engine.Endpoint is { } endpoint
            ? new TestServerChoice(TestServerKind.Docker, null, endpoint, $"{ConnectionVariable} is not set; a Docker engine answers at {endpoint} ({engine.Explanation}): container {PostGisImage}")
            : new TestServerChoice(TestServerKind.Embedded, null, null, $"{ConnectionVariable} is not set and no Docker engine answers ({engine.Explanation}): embedded cluster from the installed PostgreSQL");
    }
}
