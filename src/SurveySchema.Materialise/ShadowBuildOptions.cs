using SurveySchema.Catalog;

namespace SurveySchema.Materialise;

/// <summary>How <see cref="ShadowBuild"/> materialises a project: what it reads back, where it caches,
/// and when it splits the statements into several transactions.</summary>
public sealed record ShadowBuildOptions
{
    /// <summary>Up to this many statements go to the shadow database in one transaction.</summary>
    /// <remarks>
    /// Every relation a transaction creates or alters holds a lock until COMMIT, and the lock table is
    /// shared by the whole server: <c>max_locks_per_transaction</c> (64 by default) × (<c>max_connections</c>
    /// + prepared transactions), about 6 400 entries on a default server. A statement of a schema touches a
    /// handful of relations at most (the table, its TOAST table and TOAST index, an index, a sequence), so
    /// 500 statements stay below roughly 2 500 entries: a third of a default server's table, leaving the rest
    /// to whoever else uses a dev server we do not control. DESIGN.md's measurement at 5 000 tables (one
    /// transaction fails with "out of shared memory" on default settings, and takes 70 s where statement by
    /// statement takes 35 s) is what the batched path avoids. The Survey Data System's ~150 statements stay on
    /// the single-transaction path: all or nothing, one round trip.
    /// </remarks>
    public const int DefaultSingleTransactionLimit = 500;

    /// <summary>Statements per transaction above <see cref="SingleTransactionLimit"/>.</summary>
    /// <remarks>
    /// 200 statements hold at most about a thousand lock entries (well inside the shared table) and keep each
    /// transaction short, as statement-by-statement application does (DESIGN.md measured it twice as fast as
    /// one transaction at 5 000 tables), while the round trips stay few: 5 000 tables with an index or two and
    /// their comments make some 20 000 statements, that is a hundred batches.
    /// Measured on PostgreSQL 15 with tables of a GIST and a GIN index each (4 statements per table): on a
    /// default server (64 locks per transaction, 100 connections) one transaction failed with "out of shared
    /// memory" at table 2 142, while batches of 200 built all 5 000 tables (20 001 statements) in 18.5 s; on
    /// the embedded server (1 024 locks per transaction) 1 500 tables took 3.0 s in one transaction, 2.8 s in
    /// batches of 200 and 10.2 s with one round trip per statement.
    /// </remarks>
    public const int DefaultBatchSize = 200;

    public static ShadowBuildOptions Default { get; } = new();

    /// <summary>What the catalog reader covers; part of the cache key.</summary>
    public CatalogOptions Catalog { get; init; } = CatalogOptions.Default;

    /// <summary>Folder of the model cache (<c>artifacts/cache</c> in the CLI); null disables the cache.</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>False ignores cached models (<c>--no-cache</c>); a fresh build still refreshes the cache.</summary>
    public bool ReadCache { get; init; } = true;

    /// <summary>See <see cref="DefaultSingleTransactionLimit"/>.</summary>
    public int SingleTransactionLimit { get; init; } = DefaultSingleTransactionLimit;

    /// <summary>See <see cref="DefaultBatchSize"/>.</summary>
    public int BatchSize { get; init; } = DefaultBatchSize;

    /// <summary>True when the shadow server is a cluster the tools own (the embedded one): a role the project
    /// references but does not declare is created there <c>NOLOGIN</c> when missing. False on a shared server
    /// (<c>--dev-connection</c>), where such a role must exist already and its absence is an error
    /// (<see cref="SurveySchema.Parsing.Diagnostics.DiagnosticCodes.RoleMissing"/>). Declared roles are
    /// created either way; no role is ever dropped.</summary>
    public bool CreateMissingRoles { get; init; } = true;

    /// <summary>Told where the build is (<see cref="BuildProgress"/>): each stage as it starts, and the statements
    /// applied after every batch. Called on the building thread, in order; null when nobody listens.</summary>
    public IProgress<BuildProgress>? Progress { get; init; }

    /// <summary>Prefix of the shadow databases' names (a random suffix follows).</summary>
    public string DatabasePrefix { get; init; } = "surveyschema_shadow";
}
