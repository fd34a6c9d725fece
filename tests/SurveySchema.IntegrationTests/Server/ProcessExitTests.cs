using System.Diagnostics;
using SurveySchema.Server;

namespace SurveySchema.IntegrationTests.Server;

/// <summary>A child process starts an <see cref="EmbeddedPostgres"/> and is then signalled: whatever the
/// signal, even SIGKILL (the watchdog's case), no postgres and no folder may be left behind.</summary>
[TestFixture]
[NonParallelizable]
public sealed class ProcessExitTests
{
    private const string ProbeSource =
        """
        using SurveySchema.Server;

        await using var cluster = await EmbeddedPostgres.StartAsync();
        Console.WriteLine($"ready {cluster.RootDirectory}");
        await Task.Delay(Timeout.Infinite);
        """;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private string? probeDirectory;

    /// <summary>Builds the probe once, in a temporary folder, against the SurveySchema.Server this test
    /// assembly was built with (no project of the repository is rebuilt).</summary>
    [OneTimeSetUp]
    public async Task BuildProbeAsync()
    {
        probeDirectory = Directory.CreateTempSubdirectory("surveyschema-probe-").FullName;
        var serverAssembly = typeof(EmbeddedPostgres).Assembly.Location;
        await File.WriteAllTextAsync(Path.Combine(probeDirectory, "Program.cs"), ProbeSource);
        await File.WriteAllTextAsync(
            Path.Combine(probeDirectory, "Probe.csproj"),
            $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <OutDir>{probeDirectory}/out/</OutDir>
                <!-- Without a deps file the host loads every assembly beside the program. -->
                <GenerateDependencyFile>false</GenerateDependencyFile>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="SurveySchema.Server" HintPath="{serverAssembly}" Private="false" />
              </ItemGroup>
            </Project>
            """);
        var build = await RunAsync("dotnet", "build", Path.Combine(probeDirectory, "Probe.csproj"), "-nologo", "-v:q");
        Assert.That(build.ExitCode, Is.Zero, build.Output);
        foreach (var assembly in Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll"))
        {
            var target = Path.Combine(probeDirectory, "out", Path.GetFileName(assembly));
            if (!File.Exists(target))
            {
                File.Copy(assembly, target);
            }
        }
    }

    [OneTimeTearDown]
    public void DeleteProbe()
    {
        if (probeDirectory is not null)
        {
            Directory.Delete(probeDirectory, recursive: true);
        }
    }

    [TestCase("TERM")]
    [TestCase("INT")]
    [TestCase("KILL")]
    public async Task SignalledProcessLeavesNoPostgresBehind(string signal)
    {
        using var probe = Process.Start(new ProcessStartInfo("dotnet", [Path.Combine(probeDirectory!, "out", "Probe.dll")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var ready = await probe.StandardOutput.ReadLineAsync().WaitAsync(Patience);
        if (ready is null || !ready.StartsWith("ready ", StringComparison.Ordinal))
        {
            // The probe ended (its output closed): what it printed says why.
            Assert.Fail($"the probe did not start: {ready} {await probe.StandardError.ReadToEndAsync().WaitAsync(Patience)}");
        }

        var root = ready![6..];
        var postmaster = EmbeddedPostgresTests.PostmasterId(Path.Combine(root, "data"));
        Assert.That(EmbeddedPostgresTests.IsRunning(postmaster), Is.True);

        var kill = await RunAsync("kill", "-s", signal, probe.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.That(kill.ExitCode, Is.Zero, kill.Output);
        await probe.WaitForExitAsync().WaitAsync(Patience);

        var clock = Stopwatch.StartNew();
        while ((EmbeddedPostgresTests.IsRunning(postmaster) || Directory.Exists(root)) && clock.Elapsed < Patience)
        {
            await Task.Delay(100);
        }

        TestContext.Out.WriteLine($"SIG{signal}: postgres gone and folder deleted {clock.ElapsedMilliseconds} ms after the probe exited");
        Assert.That(EmbeddedPostgresTests.IsRunning(postmaster), Is.False, $"postmaster {postmaster} survived SIG{signal}");
        Assert.That(Directory.Exists(root), Is.False, $"{root} survived SIG{signal}");
    }

    /// <summary>Killed while initdb is still writing the cluster: the watchdog is armed before initdb, waits
    /// for it to finish and removes the folder (it used to be armed after initdb, leaving 40 MB behind).</summary>
    [Test]
    public async Task A_process_killed_while_initdb_runs_leaves_no_folder_behind()
    {
        using var probe = Process.Start(new ProcessStartInfo("dotnet", [Path.Combine(probeDirectory!, "out", "Probe.dll")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        string? root = null;
        var clock = Stopwatch.StartNew();
        while (root is null && !probe.HasExited && clock.Elapsed < Patience)
        {
            root = await InitdbRootAsync();
            if (root is null)
            {
                await Task.Delay(10);
            }
        }

        Assert.That(root, Is.Not.Null, "no initdb of the probe's cluster was seen");
        var kill = await RunAsync("kill", "-s", "KILL", probe.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.That(kill.ExitCode, Is.Zero, kill.Output);
        await probe.WaitForExitAsync().WaitAsync(Patience);

        clock.Restart();
        while (Directory.Exists(root) && clock.Elapsed < Patience)
        {
            await Task.Delay(100);
        }

        Assert.That(Directory.Exists(root), Is.False, $"{root} survived a SIGKILL during initdb");
    }

    /// <summary>The root folder of a cluster whose initdb is running now, from initdb's own command line.</summary>
    private static async Task<string?> InitdbRootAsync()
    {
        var (_, output) = await RunAsync("pgrep", "-a", "-f", "initdb .*-D .*/surveyschema-pg-[^/]*/data");
        var match = System.Text.RegularExpressions.Regex.Match(output, @"-D (\S*/surveyschema-pg-[^/\s]*)/data");
        return match.Success ? match.Groups[1].Value : null;
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string fileName, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(fileName, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
