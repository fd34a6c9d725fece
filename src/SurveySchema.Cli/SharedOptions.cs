using System.CommandLine;

namespace SurveySchema.Cli;

/// <summary>Options every command shares (DESIGN.md, "Commands").</summary>
internal static class SharedOptions
{
    public static readonly Option<string> Project = new("--project")
    {
        Description = "The schema folder: every *.sql below it except revisions/",
        DefaultValueFactory = _ => "schema",
        Recursive = true,
    };

    public static readonly Option<string?> Connection = new("--connection")
    {
        Description = "Npgsql connection string or postgresql:// URI of the target database",
        Recursive = true,
    };
}
