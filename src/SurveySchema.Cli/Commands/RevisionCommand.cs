using System.CommandLine;
using SurveySchema.Revisions;

namespace SurveySchema.Cli.Commands;

/// <summary><c>revision -m MSG</c>: add the next revision as an empty up/down pair with headers, and record both
/// files in revisions.sum. (<c>--autogenerate</c> will fill the pair from <c>diff</c> through the same
/// <see cref="RevisionWriter.Write"/>.)</summary>
internal static class RevisionCommand
{
    public static Command Create()
    {
        var message = new Option<string>("--message", "-m") { Description = "What the revision does (its description and file-name slug)", Required = true };
        var command = new Command("revision", "Add the next revision to the chain: an empty up/down pair");
        command.Options.Add(message);
        command.SetAction(parseResult =>
        {
            var directory = RevisionConsole.RevisionsDirectory(parseResult);
            Directory.CreateDirectory(directory);
            if (RevisionConsole.LoadChain(parseResult) is not { } chain)
            {
                return ExitCodes.Refused;
            }

            var text = parseResult.GetValue(message);
            if (string.IsNullOrWhiteSpace(text))
            {
                parseResult.InvocationConfiguration.Error.WriteLine("error: -m needs a message");
                return ExitCodes.Error;
            }

            var written = RevisionWriter.Write(chain, text);
            parseResult.InvocationConfiguration.Output.WriteLine(
                $"created {written.Id}: {Path.GetFileName(written.UpPath)}, {Path.GetFileName(written.DownPath)} in {directory} ({ChecksumManifest.FileName} updated)");
            return ExitCodes.Success;
        });
        return command;
    }
}
