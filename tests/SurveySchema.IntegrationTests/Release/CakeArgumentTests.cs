using System.Diagnostics;

namespace SurveySchema.IntegrationTests.Release;

/// <summary>Cake ignores arguments it does not know; our targets must not (issue 10, item 1): a misspelt
/// <c>--conection=</c> would make Drift check the revision chain instead of the database and pass CI.</summary>
[TestFixture]
public sealed class CakeArgumentTests
{
    [Test]
    public async Task AMisspeltArgumentEndsTheRunWithExitOneNamingTheClosestKnownOne()
    {
        var result = await CakeAsync("--target=Drift", "--conection=Host=127.0.0.1;Database=nowhere");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Output);
        Assert.That(result.Output, Does.Contain("unknown argument --conection").And.Contain("did you mean --connection?"), result.Output);
        Assert.That(result.Output, Does.Not.Contain("Compile"), "refused before any task ran");
    }

    [Test]
    public async Task AnArgumentOfAnotherTargetIsNamedAsSuch()
    {
        var result = await CakeAsync("--target=Drift", "--revision=0002");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Output);
        Assert.That(result.Output, Does.Contain("unknown argument --revision").And.Contain("Upgrade"), result.Output);
    }

    private static async Task<(int ExitCode, string Output)> CakeAsync(params string[] arguments)
    {
        await RunAsync("dotnet", "tool", "restore");
        return await RunAsync("dotnet", ["cake", .. arguments]);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["NO_COLOR"] = "1";
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
