using Npgsql;

namespace SurveySchema.IntegrationTests.Foundation;

/// <summary>The baseline revision files, applied one by one as the revision runner would.</summary>
internal static class RevisionScripts
{
    public const string InitialUp = "0001_initial_schema.up.sql";
    public const string InitialDown = "0001_initial_schema.down.sql";
    public const string ArchivingUp = "0002_add_project_archiving.up.sql";
    public const string ArchivingDown = "0002_add_project_archiving.down.sql";

    public static Task ApplyAsync(NpgsqlConnection connection, string fileName, CancellationToken cancellationToken = default) =>
        SqlScript.ApplyAsync(connection, Path.Combine(RepositoryPaths.Revisions, fileName), cancellationToken);

    public static async Task UpgradeToHeadAsync(NpgsqlConnection connection, CancellationToken cancellationToken = default)
    {
        await ApplyAsync(connection, InitialUp, cancellationToken);
        await ApplyAsync(connection, ArchivingUp, cancellationToken);
    }
}
