using SurveySchema.Deployment.Spelling;
using SurveySchema.Diff;
using SurveySchema.Model;
using SurveySchema.Server;

namespace SurveySchema.Deployment;

/// <summary>A database's model and a project's model compared with expression spelling settled by PostgreSQL
/// (<see cref="Respelling"/>): what <c>drift</c> reports and <c>diff</c> plans from, so that they agree. The round
/// trips go to <paramref name="scratchServer"/>, else to an embedded PostgreSQL started only if one is needed,
/// never to the compared database.</summary>
public sealed class SchemaComparison(DatabaseModel current, DatabaseModel desired, DiffOptions options, PostgresServer? scratchServer)
    : IAsyncDisposable
{
    private readonly ScratchServer scratch = new(scratchServer);
    private SpellingComparison? compared;

    public DatabaseModel Current => current;

    public DatabaseModel Desired => desired;

    public DiffOptions Options => options;

    /// <summary>The comparison, made once.</summary>
    public async Task<SpellingComparison> CompareAsync(CancellationToken cancellationToken) =>
        compared ??= await Respelling.CompareAsync(scratch, current, desired, options, cancellationToken);

    public ValueTask DisposeAsync() => scratch.DisposeAsync();
}
