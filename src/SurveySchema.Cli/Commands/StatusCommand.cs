using System.CommandLine;
using SurveySchema.Revisions;

namespace SurveySchema.Cli.Commands;

/// <summary><c>current</c> and <c>history</c>: read the target's revision state without waiting for the lock,
/// print where it stands (and how to adopt an Alembic-era database), and exit 3 when its history does not
/// fit the chain. They differ only in the lines printed after the first.</summary>
internal static class StatusCommand
{
    /// <param name="name">The command's name.</param>
    /// <param name="summary">Its one-line help.</param>
    /// <param name="details">The lines after "<c>db: at 0001 …</c>": none for current, the chain for history.</param>
    public static Command Create(string name, string summary, Func<RevisionStatus, IEnumerable<string>> details)
    {
        var command = new Command(name, summary);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            if (RevisionConsole.LoadChain(parseResult) is not { } chain)
            {
                return ExitCodes.Refused;
            }

            await using var database = await RevisionConsole.OpenTargetAsync(parseResult, cancellationToken);
            var status = RevisionStatus.Evaluate(chain, await TargetStateReader.ReadAsync(database.ConnectionString, cancellationToken));
            var output = parseResult.InvocationConfiguration.Output;
            await output.WriteLineAsync($"{database.Display}: {Describe(status)}");
            foreach (var line in details(status))
            {
                await output.WriteLineAsync(line);
            }

            if (status.NeedsAdoption)
            {
                await WriteAdoptionAsync(output, status);
            }

            foreach (var problem in status.Problems)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync(problem.ToString());
            }

            return status.Problems.IsEmpty ? ExitCodes.Success : ExitCodes.Refused;
        });
        return command;
    }

    /// <summary>"at 0001 initial schema; head is 0002 (1 pending)".</summary>
    private static string Describe(RevisionStatus status)
    {
        var chain = status.Chain;
        if (status.NeedsAdoption)
        {
            return "no surveyschema revision history";
        }

        var at = status.Position == 0 ? "at base (no revision applied)" : $"at {chain.Revisions[status.Position - 1]}";
        var pending = chain.Count - status.Position;
        return pending == 0
            ? $"{at} (head)"
            : $"{at}; head is {chain.NameAt(chain.Count)} ({pending} pending: surveyschema upgrade)";
    }

    private static async Task WriteAdoptionAsync(TextWriter output, RevisionStatus status)
    {
        if (status.State.Alembic is { } alembic)
        {
            var versions = string.Join(", ", alembic.Versions);
            if (status.AlembicRevision is { } mapped)
            {
                await output.WriteLineAsync($"Alembic: {alembic.Table} is at {versions}, which is our {mapped}");
                await output.WriteLineAsync($"adopt it with: surveyschema stamp {mapped.Id}   (records {mapped.Id} without running it; {alembic.Table} stays in place)");
                return;
            }

            await output.WriteLineAsync($"Alembic: {alembic.Table} is at {(versions.Length == 0 ? "no version" : versions)}, which is no revision of {status.Chain.Directory}");
        }

        await output.WriteLineAsync(RevisionRunner.AdoptionProblem(status).Message);
    }
}
