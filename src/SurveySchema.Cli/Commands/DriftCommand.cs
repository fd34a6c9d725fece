using System.CommandLine;
using Npgsql;
using SurveySchema.Diff;
using SurveySchema.Revisions;
using static SurveySchema.Cli.Commands.SummaryConsole;

namespace SurveySchema.Cli.Commands;

/// <summary><c>drift [--dev-connection C]</c>: compares the target (<c>--connection</c>, or without one the
/// revision chain's head) with <c>--project</c>. Exit 0 "no drift"; 2 with the differences in words, grouped
/// per object; 1 when either side cannot be read. CI runs it without a connection to check that the chain
/// and <c>schema/</c> agree.</summary>
internal static class DriftCommand
{
    public static Command Create()
    {
        var comparison = Comparison.Options.Create();
        var command = new Command("drift", "Compare the target (or the revision chain's head) with --project; exit 2 when they differ");
        comparison.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var compared = await Comparison.OpenAsync(parseResult, comparison, cancellationToken);
            if (compared is null)
            {
                return ExitCodes.Error;
            }

            var console = new SummaryConsole(parseResult.InvocationConfiguration.Output);
            var target = compared.Target;
            if (!target.IsChainHead)
            {
                await PrintRevisionAsync(parseResult, console, target.Database.ConnectionString, cancellationToken);
            }

            var difference = SchemaDiffer.Compare(target.Model, compared.Desired, compared.DiffOptions);
            foreach (var remark in difference.Remarks)
            {
                console.Line($"note: {Escape(remark)}");
            }

            if (difference.Operations.IsEmpty)
            {
                console.Line($"[green]no drift:[/] {Escape(target.Display)} matches {Escape(compared.Project)}");
                return ExitCodes.Success;
            }

            var count = difference.Operations.Count;
            console.Line($"[red]drift:[/] {Escape(target.Display)} differs from {Escape(compared.Project)}: "
                + $"{count} difference{(count == 1 ? "" : "s")} (what `diff` would change)");
            foreach (var group in difference.Operations.GroupBy(operation => operation.Subject))
            {
                console.Line($"  {Escape(group.Key)}");
                foreach (var operation in group)
                {
                    console.Line($"    - {Escape(operation.Describe().ReplaceLineEndings(" "))}");
                }
            }

            return ExitCodes.DifferencesFound;
        });
        return command;
    }

    /// <summary>One line on where a configured target stands in the chain, because drift on a database that was
    /// never upgraded by this tool usually means "adopt it with stamp", not "change the schema".</summary>
    private static async Task PrintRevisionAsync(ParseResult parseResult, SummaryConsole console, string connectionString, CancellationToken cancellationToken)
    {
        var directory = RevisionConsole.RevisionsDirectory(parseResult);
        if (!Directory.Exists(directory) || RevisionDirectory.Load(directory).Chain is not { } chain)
        {
            return;
        }

        try
        {
            var status = RevisionStatus.Evaluate(chain, await TargetStateReader.ReadAsync(connectionString, cancellationToken));
            if (status.NeedsAdoption)
            {
                console.Line($"revision: none recorded; {Escape(RevisionRunner.AdoptionProblem(status).Message)}");
            }
            else if (status.State.HasHistoryTable)
            {
                console.Line($"revision: {Escape(status.CurrentName)}{(status.Position == chain.Count ? " (head)" : $" (head is {Escape(chain.NameAt(chain.Count))})")}");
            }
        }
        catch (NpgsqlException)
        {
            // The revision line is a courtesy; the comparison itself already read the database.
        }
    }
}
