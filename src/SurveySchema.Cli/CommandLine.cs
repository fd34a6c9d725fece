using System.CommandLine;

namespace SurveySchema.Cli;

/// <summary>The root command: one sub-command per file under Commands/.</summary>
internal static class CommandLine
{
    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("SurveySchema: declarative schema tooling for PostgreSQL + PostGIS");
        var parse = root.Parse(args);
        return await parse.InvokeAsync();
    }
}
