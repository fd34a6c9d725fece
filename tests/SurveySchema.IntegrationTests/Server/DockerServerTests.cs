using Npgsql;
using SurveySchema.Materialise;
using SurveySchema.Model;
using SurveySchema.Parsing;

namespace SurveySchema.IntegrationTests.Server;

/// <summary>The Docker path of <see cref="TestServer"/>: a PostGIS container serves the tests as the embedded
/// cluster does. Where no Docker engine answers (this project's own build machine has none) the test says why
/// and is skipped; the choice itself is unit-tested (TestServerChoiceTests).</summary>
[TestFixture]
[NonParallelizable]
public sealed class DockerServerTests
{
    [Test]
    public async Task FixtureChoseDockerExactlyWhenAnEngineAnswers()
    {
        var engine = await DockerProbe.FindAsync();
        var choice = TestServer.Choice!;

        if (choice.Kind == TestServerKind.Given)
        {
            Assert.That(choice.Reason, Does.Contain(TestServerChoice.ConnectionVariable));
        }
        else
        {
            Assert.That(choice.Kind, Is.EqualTo(engine.Answers ? TestServerKind.Docker : TestServerKind.Embedded), engine.Explanation);
        }
    }

    [Test]
    public async Task PostGisContainerBuildsTheSchemaToTheSameFingerprintAsTheTestServer()
    {
        var engine = await DockerProbe.FindAsync();
        if (!engine.Answers)
        {
            Assert.Ignore($"no Docker engine answers on this machine ({engine.Explanation}); the Docker path runs where one does");
        }

        var started = TestServer.Docker is null ? await DockerPostgres.StartAsync(engine.Endpoint!) : null;
        try
        {
            var container = (TestServer.Docker ?? started)!.Server;
            await using (var database = await container.CreateDatabaseAsync(SurveySchema.Server.DatabaseTemplate.PostGis, "docker"))
            {
                await using var connection = new NpgsqlConnection(database.ConnectionString);
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand("SELECT current_setting('server_version_num')::int / 10000, postgis_lib_version()", connection);
                await using var reader = await command.ExecuteReaderAsync();
                Assert.That(await reader.ReadAsync(), Is.True);
                Assert.That(reader.GetInt32(0), Is.EqualTo(15));
                Assert.That(reader.GetString(1), Does.StartWith("3."));
            }

            var project = SchemaProject.Load(RepositoryPaths.Schema);
            var inContainer = await ShadowBuild.BuildAsync(project, container, ShadowBuildOptions.Default);
            var onTestServer = await ShadowBuild.BuildAsync(project, TestServer.Server, ShadowBuildOptions.Default);

            Assert.That(inContainer.Diagnostics, Is.Empty);
            Assert.That(Fingerprint.Of(inContainer.Model!), Is.EqualTo(Fingerprint.Of(onTestServer.Model!)));
        }
        finally
        {
            if (started is not null)
            {
                await started.DisposeAsync();
            }
        }
    }
}
