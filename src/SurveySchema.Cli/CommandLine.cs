using System.CommandLine;
using SurveySchema.Cli.Progress;
using SurveySchema.Model;
using SurveySchema.Server;

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
        using var timings = StageTimings.StartIfRequested(Console.Error);
        using var stage = StageTrace.Start($"command {args.FirstOrDefault()}");
        try
        {
            var parsed = CreateRoot().Parse(args);
            if (parsed.Errors.Count > 0)
            {
                return await ParseErrors.PrintAsync(parsed, args);
            }

            // Our own handler below instead of System.CommandLine's, which prints "Unhandled exception" and a stack trace.
            return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception exception) when (ConnectionFailure.Explain(exception) is { } explained)
        {
            // A command that met an unreachable server or a missing database without saying so itself: one line, exit 1.
            await Console.Error.WriteLineAsync($"error: {Redaction.RemovePasswords(explained, args)}");
            return ExitCodes.Error;
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("error: interrupted");
            return ExitCodes.Error;
        }
    }
}
