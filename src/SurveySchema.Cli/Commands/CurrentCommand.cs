using System.CommandLine;

namespace SurveySchema.Cli.Commands;

/// <summary><c>current</c>: the target's revision; names an Alembic <c>alembic_version</c> and says how to adopt it.</summary>
internal static class CurrentCommand
{
    public static Command Create() =>
        StatusCommand.Create("current", "Show the target's revision (an Alembic alembic_version is recognised)", _ => []);
}
