using System.Diagnostics;
using SurveySchema.IntegrationTests.Revisions;

namespace SurveySchema.IntegrationTests.Tool;

/// <summary>Runs a program (dotnet, the installed tool) to its end in a given folder, as a user's shell would.</summary>
internal static class ToolProcess
{
    public static async Task<CliResult> RunAsync(
        string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout, params (string Name, string? Value)[] environment)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Not the test's own settings: a connection or a test server picked up from the environment would make the
        // tool's run say nothing about what its arguments ask for.
        foreach (var name in new[] { "SURVEYSCHEMA_CONNECTION", "SURVEYSCHEMA_DEV_CONNECTION", "DATABASE_URL", "SQLALCHEMY_DATABASE_URI" })
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', start.ArgumentList)} did not finish within {timeout}");
        }

        return new CliResult(process.ExitCode, await output, await error);
    }
}
