using System.CommandLine;
using SurveySchema.Parsing;
using SurveySchema.Parsing.Diagnostics;

namespace SurveySchema.Cli.Commands;

/// <summary><c>surveyschema check [--project DIR]</c>: the offline check — parse every file with
/// PostgreSQL's parser, classify the statements, resolve what they create and reference, and order
/// them — without any database. <c>dotnet build</c> runs it through schema/SurveySchema.Schema.proj.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var command = new Command("check", "Check the schema project offline: syntax, allowed statements, declarations, references and order");
        command.SetAction((parseResult, cancellationToken) =>
        {
            var project = parseResult.GetValue(SharedOptions.Project) ?? "schema";
            // The console as it is now (a printer made once would keep a console that has since been replaced).
            return Task.FromResult(Run(project, System.Console.Out, new DiagnosticPrinter(System.Console.Error), cancellationToken));
        });
        return command;
    }

    internal static int Run(string projectDirectory, TextWriter output, DiagnosticPrinter printer, CancellationToken cancellationToken)
    {
        SchemaProject project;
        try
        {
            project = SchemaProject.Load(projectDirectory, cancellationToken);
        }
        catch (PgQueryUnavailableException e)
        {
            return printer.PrintToolError(DiagnosticCodes.ParserUnavailable, e.Message);
        }

        var exitCode = printer.Print(project.Diagnostics);
        var errors = project.Diagnostics.Count(d => d.IsError);

        // The revision chain is part of the project: revisions.sum out of canonical form or out of date fails check too.
        var revisions = Path.Combine(projectDirectory, "revisions");
        if (Directory.Exists(revisions))
        {
            foreach (var problem in SurveySchema.Revisions.RevisionDirectory.Load(revisions).Problems)
            {
                System.Console.Error.WriteLine(problem);
                errors++;
                exitCode = ExitCodes.Error;
            }
        }

        var warnings = project.Diagnostics.Length - errors;
        output.WriteLine(
            $"{projectDirectory}: {project.Files.Length} files, {project.Statements.Length} statements, {errors} error{(errors == 1 ? "" : "s")}"
            + (warnings > 0 ? $", {warnings} warning{(warnings == 1 ? "" : "s")}" : string.Empty));
        return exitCode;
    }
}
