using System.CommandLine;
using SurveySchema.Server;

namespace SurveySchema.Cli;

/// <summary>Prints what System.CommandLine could not parse, with every password removed. Its own error action
/// echoes the offending tokens ("Unrecognized command or argument 'postgresql://u:secret@h/db'"), and a misspelt
/// <c>--conection URI</c> makes the URI itself the unrecognised token.</summary>
internal static class ParseErrors
{
    public static async Task<int> PrintAsync(ParseResult parsed, IReadOnlyList<string> args)
    {
        var error = parsed.InvocationConfiguration.Error;
        foreach (var parseError in parsed.Errors)
        {
            await error.WriteLineAsync($"error: {Redaction.RemovePasswords(parseError.Message, args)}");
        }

        await error.WriteLineAsync("  see `surveyschema --help` (or `surveyschema <command> --help`)");
        return ExitCodes.Error;
    }
}
