using System.CommandLine;

namespace SurveySchema.Cli;

/// <summary>The root command. Each sub-command lives in its own file under Commands/ and exposes
/// <c>static Command Create()</c>; this is the one place that lists them.</summary>
internal static class CommandLine
{
    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("SurveySchema: declarative schema tooling for PostgreSQL + PostGIS");
        root.Options.Add(SharedOptions.Project);
        root.Options.Add(SharedOptions.Connection);
        // Sub-commands, one line each:
        return root;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            return await CreateRoot().Parse(args).InvokeAsync();
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("error: interrupted");
            return ExitCodes.Error;
        }
    }
}
