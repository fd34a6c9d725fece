using System.CommandLine;
using Npgsql;
using SurveySchema.Catalog;
using SurveySchema.Diff;
using SurveySchema.Revisions;
using SurveySchema.Scripting.Drift;
using SurveySchema.Server;
using static SurveySchema.Cli.Commands.SummaryConsole;

namespace SurveySchema.Cli.Commands;

/// <summary><c>drift [--dev-connection C] [--junit FILE] [--json FILE] [--annotations github|none]</c>: compares
/// the target (<c>--connection</c>, or without one the revision chain's head) with <c>--project</c>. Exit 0
/// "no drift"; 2 with the differences in words, grouped per object; 1 when either side cannot be read. CI runs it
/// without a connection to check that the chain and <c>schema/</c> agree. A target with tables but no revision
/// history also gets a <c>baseline:</c> line: the revision it matches (the one to stamp), or the closest one
/// (<see cref="BaselineFinder"/>). The same findings go to the CI reports of <see cref="DriftOutputs"/>, each
/// pointing at the file and line that declare it, and a failed drift names the command to run next.</summary>
internal static class DriftCommand
{
    public static Command Create()
    {
        var comparison = Comparison.Options.Create();
        var outputs = DriftOutputs.Create();
        var command = new Command("drift", "Compare the target (or the revision chain's head) with --project; exit 2 when they differ");
        comparison.AddTo(command);
        outputs.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var compared = await Comparison.OpenAsync(parseResult, comparison, cancellationToken);
            if (compared is null)
            {
                return ExitCodes.Error;
            }

            var console = new SummaryConsole(parseResult.InvocationConfiguration.Output);
            var target = compared.Target;
            if (!target.IsChainHead
                && await PrintRevisionAsync(parseResult, console, target.Database.ConnectionString, cancellationToken) is { NeedsAdoption: true } status)
            {
                await PrintBaselineAsync(parseResult, console, compared, status, parseResult.GetValue(comparison.DevConnection), cancellationToken);
            }

            var difference = (await compared.CompareAsync(cancellationToken)).Difference;
            foreach (var remark in difference.Remarks)
            {
                console.Line($"note: {Escape(remark.ToString())}");
            }

            var report = DriftReportBuilder.Build(
                difference, target.Model, compared.Desired, compared.DesiredProject?.Declarations ?? [], target.Display, compared.Project,
                DriftOutputs.NextCommand(target.IsChainHead, compared.Project, parseResult.GetValue(SharedOptions.Connection)),
                pathsRelativeTo: Directory.GetCurrentDirectory());
            if (!await outputs.WriteAsync(parseResult, report, cancellationToken))
            {
                return ExitCodes.Error;
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

            console.Line($"next: {Escape(report.NextCommand)}");

            return ExitCodes.DifferencesFound;
        });
        return command;
    }

    /// <summary>One line on where a configured target stands in the chain, because drift on a database that was
    /// never upgraded by this tool usually means "adopt it with stamp", not "change the schema". Returns the
    /// status it printed, or null when there is no chain to hold the target against.</summary>
    private static async Task<RevisionStatus?> PrintRevisionAsync(ParseResult parseResult, SummaryConsole console, string connectionString, CancellationToken cancellationToken)
    {
        var directory = RevisionConsole.RevisionsDirectory(parseResult);
        if (!Directory.Exists(directory) || RevisionDirectory.Load(directory).Chain is not { } chain)
        {
            return null;
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

            return status;
        }
        catch (NpgsqlException)
        {
            // The revision line is a courtesy; the comparison itself already read the database.
            return null;
        }
    }

    /// <summary>For a database that is not under revision control yet: which revision it matches, found by
    /// replaying the chain on a scratch database (<see cref="BaselineFinder"/>), so that the advice above names
    /// the revision to stamp instead of leaving <c>&lt;rev&gt;</c> to guesswork. A courtesy like the revision line:
    /// when the search cannot run, a warning says why and drift's verdict and exit code stand.</summary>
    private static async Task PrintBaselineAsync(
        ParseResult parseResult, SummaryConsole console, Comparison compared, RevisionStatus status, string? devConnection, CancellationToken cancellationToken)
    {
        var error = parseResult.InvocationConfiguration.Error;
        PostgresServer? server = null;
        BaselineSearch search;
        try
        {
            server = ProjectModelSource.ConfiguredDevServer(devConnection);
            search = await BaselineFinder.FindAsync(
                status.Chain, compared.Target.Model with { Roles = [] }, server, compared.DiffOptions, line => error.WriteLine(line), cancellationToken);
        }
        catch (Exception exception) when (exception is PostgresServerException or NpgsqlException or CatalogReadException
            or FormatException or IOException or UnauthorizedAccessException)
        {
            var message = Redaction.RemovePasswords(exception.Message, devConnection, server?.AdminConnectionString);
            await error.WriteLineAsync($"warning: cannot look for the revision the database matches: {message}");
            return;
        }

        BaselineConsole.Print(console, search, status.AlembicRevision);
        if (search.Failure is { } failure)
        {
            await error.WriteLineAsync($"warning: the search for a baseline stopped early: {failure}");
        }
    }
}
