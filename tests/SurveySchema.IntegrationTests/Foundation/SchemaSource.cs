using Npgsql;

namespace SurveySchema.IntegrationTests.Foundation;

/// <summary>The two ways to build the Survey Data System database; DESIGN.md says they must agree.</summary>
public enum SchemaSource
{
    /// <summary>The declarative files under <c>schema/</c>.</summary>
    Declared,

    /// <summary>The revision chain: 0001 up, then 0002 up.</summary>
    RevisionChain,
}

/// <summary>Builds a database from a <see cref="SchemaSource"/>.</summary>
internal static class SurveyDatabase
{
    public static Task BuildAsync(NpgsqlConnection connection, SchemaSource source, CancellationToken cancellationToken = default) =>
        source switch
        {
            SchemaSource.Declared => DeclaredSchema.ApplyAsync(connection, cancellationToken),
            SchemaSource.RevisionChain => RevisionScripts.UpgradeToHeadAsync(connection, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(source), source, "unknown schema source"),
        };
}
