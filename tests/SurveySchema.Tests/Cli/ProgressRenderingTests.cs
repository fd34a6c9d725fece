using Spectre.Console;
using SurveySchema.Cli.Progress;

namespace SurveySchema.Tests.Cli;

/// <summary>How long work shows progress: the plain lines CI logs keep (exact, on a clock the test moves), the live
/// display a terminal gets, and which of the two a console gets.</summary>
[TestFixture]
public sealed class ProgressRenderingTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 2, 0, 10, 3, TimeSpan.Zero);

    [Test]
    public void PlainLinesCarryTheTimeTheCountAndTheElapsedTime()
    {
        var clock = new ManualClock(Start);
        using var error = new StringWriter();
        var progress = new PlainProgress(error, clock);

        progress.Report(new ProgressUpdate("build", 0, 151, ProgressUnit.Statements, "creating the shadow database"));
        clock.Advance(TimeSpan.FromSeconds(0.4));
        progress.Report(new ProgressUpdate("build", 0, 151, ProgressUnit.Statements, "applying statements"));
        clock.Advance(TimeSpan.FromSeconds(1.3));
        progress.Report(new ProgressUpdate("build", 151, 151, ProgressUnit.Statements, "applying statements"));
        clock.Advance(TimeSpan.FromSeconds(11));
        progress.Report(new ProgressUpdate("build", 151, 151, ProgressUnit.Statements, null));

        Assert.That(Lines(error), Is.EqualTo(new[]
        {
            "[2026-12-02T00:10:03Z] build: creating the shadow database: 0/151 statements applied (0.0 s elapsed)",
            "[2026-12-02T00:10:03Z] build: applying statements: 0/151 statements applied (0.4 s elapsed)",
            "[2026-12-02T00:10:04Z] build: applying statements: 151/151 statements applied (1.7 s elapsed)",
            "[2026-12-02T00:10:15Z] build: 151/151 statements applied (13 s elapsed)",
        }));
    }

    [Test]
    public void PlainStepsSayStepNOfMAndEndWithAllDone()
    {
        var clock = new ManualClock(Start);
        using var error = new StringWriter();
        var progress = new PlainProgress(error, clock);

        progress.Report(new ProgressUpdate("deploy", 0, 2, ProgressUnit.Steps, "add column public.sites.name"));
        clock.Advance(TimeSpan.FromSeconds(2));
        progress.Report(new ProgressUpdate("deploy", 1, 2, ProgressUnit.Steps, "create index idx_sites_name"));
        clock.Advance(TimeSpan.FromSeconds(0.5));
        progress.Report(new ProgressUpdate("deploy", 2, 2, ProgressUnit.Steps, null));

        Assert.That(Lines(error), Is.EqualTo(new[]
        {
            "[2026-12-02T00:10:03Z] deploy: step 1 of 2: add column public.sites.name (0.0 s elapsed)",
            "[2026-12-02T00:10:05Z] deploy: step 2 of 2: create index idx_sites_name (2.0 s elapsed)",
            "[2026-12-02T00:10:05Z] deploy: 2 of 2 steps done (2.5 s elapsed)",
        }));
    }

    [Test]
    public void ABigBuildLogsATenthAtATimeNotEveryBatch()
    {
        using var error = new StringWriter();
        var progress = new PlainProgress(error, new ManualClock(Start));

        for (var applied = 0; applied <= 20_000; applied += 200)
        {
            progress.Report(new ProgressUpdate("build", applied, 20_000, ProgressUnit.Statements, "applying statements"));
        }

        var lines = Lines(error);
        Assert.That(lines, Has.Length.EqualTo(11));
        Assert.That(lines[0], Does.Contain(" 0/20000 statements applied"));
        Assert.That(lines[1], Does.Contain(" 2000/20000 statements applied"));
        Assert.That(lines[^1], Does.Contain(" 20000/20000 statements applied"));
    }

    [Test]
    public void ARepeatedUpdateIsNotLoggedTwice()
    {
        using var error = new StringWriter();
        var progress = new PlainProgress(error, new ManualClock(Start));
        var update = new ProgressUpdate("upgrade", 1, 3, ProgressUnit.Steps, "0001 initial schema");

        progress.Report(update);
        progress.Report(update);

        Assert.That(Lines(error), Has.Length.EqualTo(1));
    }

    [TestCase(null, true, true, false, false, "Live")]
    [TestCase(null, false, true, false, false, "Plain")]
    [TestCase(null, true, false, false, false, "Plain")]
    [TestCase(null, true, true, true, false, "Plain")]
    [TestCase(null, true, true, false, true, "Plain")]
    [TestCase("off", true, true, false, false, "Off")]
    [TestCase("plain", true, true, false, false, "Plain")]
    [TestCase("LIVE", false, false, true, false, "Live")]
    [TestCase("sometimes", true, true, false, false, "Live")]
    public void TheModeFollowsTheConsoleUnlessSetExplicitly(string? setting, bool outputIsTerminal, bool errorIsTerminal, bool ci, bool dumb, string expected)
    {
        Assert.That(ProgressModes.Choose(setting, outputIsTerminal, errorIsTerminal, ci, dumb), Is.EqualTo(Enum.Parse<ProgressMode>(expected)));
    }

    [Test]
    public async Task PlainModeLeavesTheOutputToTheCommandAndWritesProgressOnTheErrorStream()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var result = await ProgressConsole.RunAsync(ProgressMode.Plain, output, error, new ManualClock(Start), async scope =>
        {
            scope.Progress.Report(new ProgressUpdate("deploy", 0, 1, ProgressUnit.Steps, "drop table public.old"));
            await scope.Output.WriteLineAsync("  step 1: drop table public.old (0.1 s)");
            scope.Progress.Report(new ProgressUpdate("deploy", 1, 1, ProgressUnit.Steps, null));
            return 7;
        });

        Assert.That(result, Is.EqualTo(7));
        Assert.That(Lines(output), Is.EqualTo(new[] { "  step 1: drop table public.old (0.1 s)" }));
        Assert.That(Lines(error), Has.Length.EqualTo(2).And.All.StartWith("[2026-12-02T00:10:03Z] deploy: "));
    }

    [Test]
    public async Task OffModeShowsNothing()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        await ProgressConsole.RunAsync(ProgressMode.Off, output, error, new ManualClock(Start), scope =>
        {
            scope.Progress.Report(new ProgressUpdate("build", 0, 1, ProgressUnit.Statements, "applying statements"));
            return Task.FromResult(0);
        });

        Assert.That(output.ToString() + error, Is.Empty);
    }

    [Test]
    public async Task LiveModeDrawsABarAndPrintsTheCommandsLinesAboveItWhole()
    {
        using var terminal = new StringWriter();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(terminal),
        });

        await ProgressConsole.RunAsync(ProgressMode.Live, output, error, new ManualClock(Start), async scope =>
        {
            scope.Progress.Report(new ProgressUpdate("upgrade", 0, 2, ProgressUnit.Steps, "create the history tables"));
            await scope.Output.WriteAsync("upgraded base → 0001 ");
            await scope.Output.WriteLineAsync("(0.2 s) [schema/revisions]");
            scope.Progress.Report(new ProgressUpdate("upgrade", 2, 2, ProgressUnit.Steps, null));
            return 0;
        }, console);

        var drawn = terminal.ToString();
        Assert.That(drawn, Does.Contain("upgraded base → 0001 (0.2 s) [schema/revisions]"));
        Assert.That(drawn, Does.Contain("\u001b["), "cursor movement: the bar is redrawn in place");
        Assert.That(output.ToString() + error, Is.Empty, "on a live display the command's lines go through it");
    }

    [Test]
    public void UpdatesDescribeThemselvesInTheCommandsWords()
    {
        Assert.That(new ProgressUpdate("upgrade", 0, 3, ProgressUnit.Steps, "0001 initial").Describe(), Is.EqualTo("upgrade: step 1 of 3: 0001 initial"));
        Assert.That(new ProgressUpdate("upgrade", 3, 3, ProgressUnit.Steps, null).Describe(), Is.EqualTo("upgrade: 3 of 3 steps done"));
        Assert.That(new ProgressUpdate("build", 5, 9, ProgressUnit.Statements, null).Describe(), Is.EqualTo("build: 5/9 statements applied"));
    }

    private static string[] Lines(StringWriter writer) =>
        writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r')).ToArray();

    /// <summary>A clock that moves only when the test says so.</summary>
    private sealed class ManualClock(DateTimeOffset start) : TimeProvider
    {
        private TimeSpan elapsed;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override DateTimeOffset GetUtcNow() => start + elapsed;

        public override long GetTimestamp() => elapsed.Ticks;

        public void Advance(TimeSpan by) => elapsed += by;
    }
}
