using SurveySchema.Parsing.Diagnostics;

namespace SurveySchema.Cli;

/// <summary>The one place diagnostics become lines and exit codes. Each diagnostic is one line in
/// MSBuild's canonical form (<c>path(line,col): error SSnnnn: message</c>) on standard error, which
/// MSBuild's Exec task, CI logs and editors recognise; standard output stays free for a command's
/// own output (scripts, summaries).</summary>
internal sealed class DiagnosticPrinter(TextWriter errors)
{
    /// <summary>The origin shown for problems that belong to no file.</summary>
    private const string ToolOrigin = "surveyschema";

    public static DiagnosticPrinter Console { get; } = new(System.Console.Error);

    /// <summary>Prints every diagnostic; exit code 1 when any is an error, else 0.</summary>
    public int Print(IEnumerable<Diagnostic> diagnostics)
    {
        var failed = false;
        foreach (var diagnostic in diagnostics)
        {
            // The library names the folder; the option that sets it is the command line's to name.
            var shown = diagnostic.Code == DiagnosticCodes.ProjectNotFound ? diagnostic with { Message = diagnostic.Message + " (set --project)" } : diagnostic;
            errors.WriteLine(shown.ToCanonicalString());
            failed |= diagnostic.IsError;
        }

        return failed ? ExitCodes.Error : ExitCodes.Success;
    }

    /// <summary>Prints an error that has no place in a file (a missing prerequisite); exit code 1.</summary>
    public int PrintToolError(string code, string message)
        => Print([new Diagnostic(DiagnosticSeverity.Error, code, ToolOrigin, 0, 0, message)]);
}
