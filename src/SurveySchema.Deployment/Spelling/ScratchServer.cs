using SurveySchema.Server;

namespace SurveySchema.Deployment.Spelling;

/// <summary>Where scratch databases go when a command needs one it may not need at all (a re-spelling round
/// trip runs only when objects differ): the server given, or an embedded PostgreSQL started on first use and
/// stopped on disposal. Never the target: a scratch database does not belong on production.</summary>
public sealed class ScratchServer(PostgresServer? given) : IAsyncDisposable
{
    private EmbeddedPostgres? embedded;

    public async Task<PostgresServer> GetAsync(CancellationToken cancellationToken)
    {
        if (given is not null)
        {
            return given;
        }

        embedded ??= await EmbeddedPostgres.StartAsync(cancellationToken);
        return embedded.Server;
    }

    public async ValueTask DisposeAsync()
    {
        if (embedded is not null)
        {
            await embedded.DisposeAsync();
            embedded = null;
        }
    }
}
