using System.Diagnostics;
using SurveySchema.Cli;

namespace SurveySchema.IntegrationTests.Revisions;

/// <summary>What a CLI invocation printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}--- stderr\n{Error}";
}

/// <summary>Runs the <c>surveyschema</c> CLI: in-process through <see cref="CommandLine.RunAsync"/> with the
/// console captured, or as a child process (<c>dotnet surveyschema.dll</c>) when the test must kill it.</summary>
internal static class CliRun
{
    // Console.SetOut is process-wide: in-process invocations take turns.
    private static readonly SemaphoreSlim ConsoleGate = new(1, 1);

    public static async Task<CliResult> InProcessAsync(params string[] args)
    {
        await ConsoleGate.WaitAsync();
        var (output, error) = (Console.Out, Console.Error);
        using var capturedOutput = new StringWriter();
        using var capturedError = new StringWriter();
        try
        {
            Console.SetOut(capturedOutput);
            Console.SetError(capturedError);
            var exitCode = await CommandLine.RunAsync(args);
            return new CliResult(exitCode, capturedOutput.ToString(), capturedError.ToString());
        }
        finally
        {
            Console.SetOut(output);
            Console.SetError(error);
            ConsoleGate.Release();
        }
    }

    /// <summary>Starts the CLI as a child process; the caller reads, waits for or kills it.</summary>
    public static Process Start(params string[] args) => Start(null, null, args);

    /// <summary>The same in <paramref name="workingDirectory"/> (default: the test output) with
    /// <paramref name="environment"/> added to the child's variables (a null value removes one): what a CI runner
    /// sets, without touching this process's environment, which parallel tests share.</summary>
    public static Process Start(string? workingDirectory, IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        var assembly = typeof(CommandLine).Assembly.Location;
        var directory = Path.GetDirectoryName(assembly)!;

        // The test output holds surveyschema.dll but not necessarily its own runtimeconfig/deps files;
        // the test assembly's describe the same runtime and a superset of the dependencies.
        var testAssembly = Path.GetFileNameWithoutExtension(typeof(CliRun).Assembly.Location);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? directory,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        foreach (var argument in new[]
                 {
                     "exec",
                     "--runtimeconfig", Path.Combine(directory, testAssembly + ".runtimeconfig.json"),
                     "--depsfile", Path.Combine(directory, testAssembly + ".deps.json"),
                     assembly,
                 }.Concat(args))
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }

    public static Task<CliResult> ChildAsync(TimeSpan timeout, params string[] args) => ChildAsync(timeout, null, null, args);

    public static async Task<CliResult> ChildAsync(
        TimeSpan timeout, string? workingDirectory, IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        using var process = Start(workingDirectory, environment, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancellation = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancellation.Token);
        return new CliResult(process.ExitCode, await output, await error);
    }
}
