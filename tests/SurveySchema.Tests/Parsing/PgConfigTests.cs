using System.Diagnostics;
using SurveySchema.Parsing;

namespace SurveySchema.Tests.Parsing;

// The fake pg_config is a shell script, as on the machines the tool runs on.
[TestFixture]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class PgConfigTests
{
    private string folder = null!;

    [SetUp]
    public void CreateFolder() => folder = Directory.CreateTempSubdirectory("pgconfig-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    [Test]
    public void A_hung_pg_config_is_killed_at_the_timeout()
    {
        // Prints nothing and never exits: a blocking read of its output would wait forever.
        var pgConfig = Script("sleep 60");
        var clock = Stopwatch.StartNew();

        var answers = PgConfig.Ask(pgConfig, ["--sharedir"], TimeSpan.FromMilliseconds(300));

        Assert.That(answers, Is.Null);
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
    }

    [Test]
    public void A_pg_config_that_prints_and_then_hangs_is_killed_too()
    {
        var pgConfig = Script("echo /usr/share/postgresql/15; sleep 60");
        var clock = Stopwatch.StartNew();

        Assert.That(PgConfig.Ask(pgConfig, ["--sharedir"], TimeSpan.FromMilliseconds(300)), Is.Null);
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
    }

    [Test]
    public void Answers_come_one_line_per_argument()
    {
        var pgConfig = Script("""for a in "$@"; do echo "answer $a  "; done""");

        Assert.That(PgConfig.Ask(pgConfig, ["--bindir", "--sharedir"], PgConfig.DefaultTimeout),
            Is.EqualTo(new[] { "answer --bindir", "answer --sharedir" }));
    }

    [Test]
    public void A_failing_or_missing_pg_config_answers_nothing()
    {
        Assert.That(PgConfig.Ask(Script("echo oops; exit 1"), ["--sharedir"], PgConfig.DefaultTimeout), Is.Null);
        Assert.That(PgConfig.Ask(Path.Combine(folder, "absent"), ["--sharedir"], PgConfig.DefaultTimeout), Is.Null);
    }

    private string Script(string body)
    {
        var path = Path.Combine(folder, "pg_config");
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }
}
