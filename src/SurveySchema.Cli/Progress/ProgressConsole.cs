using System.CommandLine;
using Spectre.Console;

namespace SurveySchema.Cli.Progress;

/// <summary>What a command's long work reports to and prints on while its progress shows: on a live display the
/// writers draw above the bar instead of through it; otherwise they are the command's own.</summary>
internal sealed record ProgressScope(IProgress<ProgressUpdate> Progress, TextWriter Output, TextWriter Error);

/// <summary>Runs a command's long work with its progress shown as the console allows (<see cref="ProgressModes"/>):
/// a live bar on an interactive terminal, timestamped lines on the error stream elsewhere, nothing when turned off.</summary>
internal static class ProgressConsole
{
    public static Task<T> RunAsync<T>(ParseResult parseResult, Func<ProgressScope, Task<T>> work)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        var mode = ProgressModes.Choose(
            Environment.GetEnvironmentVariable(ProgressModes.Variable),
            outputIsTerminal: ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected,
            errorIsTerminal: ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected,
            ci: new[] { "CI", "TF_BUILD", "GITHUB_ACTIONS", "GITLAB_CI", "JENKINS_URL" }.Any(name => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(name))),
            dumbTerminal: string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal));
        return RunAsync(mode, output, error, TimeProvider.System, work);
    }

    /// <summary>Runs <paramref name="work"/> in the given mode; the live display draws on <paramref name="console"/>,
    /// by default a console on <paramref name="error"/>.</summary>
    internal static async Task<T> RunAsync<T>(
        ProgressMode mode, TextWriter output, TextWriter error, TimeProvider clock, Func<ProgressScope, Task<T>> work, IAnsiConsole? console = null)
    {
        switch (mode)
        {
            case ProgressMode.Off:
                return await work(new ProgressScope(new Silent(), output, error));
            case ProgressMode.Plain:
                return await work(new ProgressScope(new PlainProgress(error, clock), output, error));
        }

        var live = console ?? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error) });
        using var above = new ConsoleLineWriter(live);
        return await live.Progress()
            .AutoClear(true)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context => await work(new ProgressScope(new LiveProgress(context), above, above)));
    }

    private sealed class Silent : IProgress<ProgressUpdate>
    {
        public void Report(ProgressUpdate value)
        {
        }
    }
}
