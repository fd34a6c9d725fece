using SurveySchema.IntegrationTests.Server;

namespace SurveySchema.Tests.Server;

/// <summary>The order the integration tests pick their server in: SURVEYSCHEMA_TEST_CONNECTION, then Docker, then
/// the embedded cluster.</summary>
[TestFixture]
public sealed class TestServerChoiceTests
{
    private static readonly DockerEngine Answering = new(new Uri("unix:///var/run/docker.sock"), "GET /_ping answered");
    private static readonly DockerEngine Absent = DockerEngine.None("no /var/run/docker.sock");

    [Test]
    public void AGivenConnectionWinsOverDockerAndDockerIsNotEvenAsked()
    {
        var asked = false;

        var choice = TestServerChoice.Decide("Host=db;Username=ci;Password=never-printed", () =>
        {
            asked = true;
            return Answering;
        });

        Assert.That(choice.Kind, Is.EqualTo(TestServerKind.Given));
        Assert.That(choice.Connection, Is.EqualTo("Host=db;Username=ci;Password=never-printed"));
        Assert.That(choice.Reason, Does.Contain("SURVEYSCHEMA_TEST_CONNECTION").And.Not.Contain("never-printed"));
        Assert.That(asked, Is.False);
    }

    [Test]
    public void DockerIsNextWhenItsEngineAnswers()
    {
        var choice = TestServerChoice.Decide(null, () => Answering);

        Assert.That(choice.Kind, Is.EqualTo(TestServerKind.Docker));
        Assert.That(choice.DockerEndpoint, Is.EqualTo(Answering.Endpoint));
        Assert.That(choice.Reason, Does.Contain("postgis/postgis:15-3.3"));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void WithNeitherTheEmbeddedClusterServesAndTheReasonSaysWhatWasLookedAt(string? given)
    {
        var choice = TestServerChoice.Decide(given, () => Absent);

        Assert.That(choice.Kind, Is.EqualTo(TestServerKind.Embedded));
        Assert.That(choice.Connection, Is.Null);
        Assert.That(choice.Reason, Does.Contain("no /var/run/docker.sock"));
    }

    [Test]
    public void DockerHostAloneIsTriedWhenSet()
    {
        Assert.That(DockerProbe.Candidates("tcp://docker:2375", "/run/user/1000", "/home/ci"), Is.EqualTo(new[] { new Uri("tcp://docker:2375") }));
    }

    [Test]
    public void WithoutDockerHostTheSystemRootlessAndDesktopSocketsAreTriedInThatOrder()
    {
        Assert.That(
            DockerProbe.Candidates(null, "/run/user/1000", "/home/ci").Select(uri => uri.AbsolutePath),
            Is.EqualTo(new[] { "/var/run/docker.sock", "/run/user/1000/docker.sock", "/home/ci/.docker/run/docker.sock" }));
    }

    [Test]
    public async Task AMissingSocketIsAnsweredAtOnceWithoutWaiting()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-docker-{Guid.NewGuid():N}.sock");

        var engine = await DockerProbe.FindAsync([new Uri("unix://" + missing)]);

        Assert.That(engine.Answers, Is.False);
        Assert.That(engine.Explanation, Is.EqualTo($"no {missing}"));
    }
}
