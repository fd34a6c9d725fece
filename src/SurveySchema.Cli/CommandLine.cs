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
        root.Subcommands.Add(Commands.CheckCommand.Create());
        root.Subcommands.Add(Commands.CurrentCommand.Create());
        root.Subcommands.Add(Commands.HistoryCommand.Create());
        root.Subcommands.Add(Commands.UpgradeCommand.Create());
        root.Subcommands.Add(Commands.DowngradeCommand.Create());
        root.Subcommands.Add(Commands.StampCommand.Create());
        root.Subcommands.Add(Commands.RevisionCommand.Create());
        root.Subcommands.Add(Commands.InspectCommand.Create());
        root.Subcommands.Add(Commands.BuildCommand.Create());
        root.Subcommands.Add(Commands.DiffCommand.Create());
        root.Subcommands.Add(Commands.DriftCommand.Create());
        root.Subcommands.Add(Commands.DeployCommand.Create());
        root.Subcommands.Add(Commands.ApproveCommand.Create());
        root.Subcommands.Add(Commands.ExtractCommand.Create());
        return root;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            var parsed = CreateRoot().Parse(args);
            if (parsed.Errors.Count > 0)
            {
                return await ParseErrors.PrintAsync(parsed, args);
            }

            return await parsed.InvokeAsync();
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("error: interrupted");
            return ExitCodes.Error;
        }
    }
}
