using System.CommandLine;
using System.Text.Json;
using SurveySchema.Catalog;
using SurveySchema.Deployment;
using SurveySchema.Deployment.Spelling;
using SurveySchema.Diff;
using SurveySchema.Model;
using SurveySchema.Server;

namespace SurveySchema.Cli.Commands;

/// <summary>What <c>diff</c> and <c>drift</c> both start from: the target's model (<see cref="ComparedDatabase"/>),
/// the project's model (<see cref="ProjectModelSource"/>) and the renames declared in
/// <c>&lt;project&gt;/refactorlog.json</c>.</summary>
internal sealed class Comparison : IAsyncDisposable
{
    private readonly SchemaComparison comparison;

    private Comparison(ComparedDatabase target, string project, SchemaComparison comparison)
    {
        Target = target;
        Project = project;
        this.comparison = comparison;
    }

    public ComparedDatabase Target { get; }

    public DatabaseModel Desired => comparison.Desired;

    /// <summary>The <c>--project</c> folder as given.</summary>
    public string Project { get; }

    public DiffOptions DiffOptions => comparison.Options;

    /// <summary>What the project's parse reported (counts, diagnostics, where each object is declared), from the
    /// parse or the cache entry; null when the project could not be read.</summary>
    public Materialise.ProjectSummary? DesiredProject { get; private init; }

    /// <summary>The options a comparing command adds: <c>--dev-connection</c> and <c>--no-cache</c>.</summary>
    public sealed record Options(Option<string?> DevConnection, Option<bool> NoCache)
    {
        public static Options Create() => new(
            new Option<string?>("--dev-connection")
            {
                Description = $"A server for the shadow database (else ${ProjectModelSource.DevConnectionVariable}, else the embedded PostgreSQL)",
            },
            new Option<bool>("--no-cache") { Description = "Build the project in a shadow database even when the cache holds its model" });

        public void AddTo(Command command)
        {
            command.Options.Add(DevConnection);
            command.Options.Add(NoCache);
        }
    }

    /// <summary>Reads both sides; null after printing why not (exit code 1). With <c>chainHeadOnly</c> the target side
    /// is the revision chain's head (replayed on a scratch database on <c>--dev-connection</c>, else on an embedded
    /// server) whatever target is configured: <c>revision --autogenerate</c>.</summary>
    public static async Task<Comparison?> OpenAsync(ParseResult parseResult, Options options, CancellationToken cancellationToken, bool chainHeadOnly = false)
    {
        var error = parseResult.InvocationConfiguration.Error;
        var project = parseResult.GetValue(SharedOptions.Project) ?? "schema";
        DiffOptions diffOptions;
        var refactorLog = Path.Combine(project, "refactorlog.json");
        try
        {
            diffOptions = new DiffOptions { Renames = RefactorLog.LoadIfExists(refactorLog) };
        }
        catch (Exception exception) when (exception is JsonException or FormatException or IOException)
        {
            await error.WriteLineAsync($"error: {refactorLog}: {exception.Message}");
            return null;
        }

        ChainHead? chainHead = null;
        if (chainHeadOnly)
        {
            try
            {
                chainHead = new ChainHead(ProjectModelSource.ConfiguredDevServer(parseResult.GetValue(options.DevConnection)));
            }
            catch (FormatException exception)
            {
                await error.WriteLineAsync($"error: {exception.Message}");
                return null;
            }
        }

        // The cached model (hashing the files, reading the model file) is read while the target's catalogs are:
        // at 5 000 tables each takes about a second, and neither needs the other (docs/benchmarks.md). Its tables
        // wait for the target's: an unchanged project's are nearly all equal to them, and are shared, not parsed.
        var noCache = parseResult.GetValue(options.NoCache);
        var devConnection = parseResult.GetValue(options.DevConnection);
        var targetModel = new TaskCompletionSource<DatabaseModel?>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var abandon = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var early = BuildsBesideTarget(devConnection)
            ? Task.Run(() => CachedOrBuiltAsync(project, devConnection, noCache, targetModel.Task, abandon.Token), abandon.Token)
            : null;
        var fromCache = early is null
            ? Task.Run(
                () => ProjectModelSource.TryFromCacheAsync(project, noCache, cancellationToken, sharingItemsOf: targetModel.Task),
                cancellationToken)
            : null;
        ComparedDatabase? target;
        try
        {
            using var targetStage = StageTrace.Start("target.read");
            target = await ComparedDatabase.OpenAsync(parseResult, cancellationToken, chainHead);
        }
        catch
        {
            // Cancelled (or worse): the build beside it must still drop its shadow database before the process ends.
            targetModel.TrySetResult(null);
            await AbandonAsync(early, abandon);
            throw;
        }

        targetModel.TrySetResult(target?.Model);

        if (target is null)
        {
            await AbandonAsync(early, abandon);
            return null;
        }

        // A miss was looked up already: the build skips the lookup (and still refreshes the cache).
        var desired = early is not null
            ? await early
            : await fromCache! ?? await ProjectModelSource.BuildDesiredModelAsync(
                project,
                devConnection,
                noCache: true,
                cancellationToken,
                server: target.Database.Embedded);
        new DiagnosticPrinter(error).Print(desired.Diagnostics);
        if (!desired.Succeeded || desired.Model is not { } model)
        {
            await error.WriteLineAsync($"error: {project} could not be built into a model");
            await target.DisposeAsync();
            return null;
        }

        try
        {
            using var rolesStage = StageTrace.Start("target.roles");
            await target.ReadRolesAsync(model.Roles.Select(r => r.Name), cancellationToken);
        }
        catch (Exception exception) when (exception is CatalogReadException or Npgsql.NpgsqlException)
        {
            await error.WriteLineAsync($"error: cannot read the target's roles: {exception.Message}");
            await target.DisposeAsync();
            return null;
        }

        // Round trips for expression spelling go where the shadow database went: the dev server, else the
        // target's embedded server, else an embedded one started only if a round trip is needed.
        PostgresServer? scratchServer;
        try
        {
            scratchServer = ProjectModelSource.ConfiguredDevServer(parseResult.GetValue(options.DevConnection)) ?? target.Database.Embedded;
        }
        catch (FormatException exception)
        {
            await error.WriteLineAsync($"error: {exception.Message}");
            await target.DisposeAsync();
            return null;
        }

        CollectWhatTheReadsLeft();
        return new Comparison(target, project, new SchemaComparison(target.Model, model, diffOptions, scratchServer)) { DesiredProject = desired.Project };
    }

    /// <summary>One full, blocking collection once both models are built, before the comparison starts.</summary>
    /// <remarks>What made the models (the catalog rows, the cache file's buffers and parse state: about 100 MB at
    /// 5 000 tables) is dead by now, but it was promoted to the oldest generation while the reads ran, and the GC
    /// would collect it only after the diff, the plan and the script had grown the heap past it. Collected here,
    /// that memory is what they reuse. At 5 000 tables with 50 tables changed, a warm diff's peak went from 215 to
    /// 186 MB (medians of 5), in the same 3.0 s. The collection takes about 0.1 s (the trace's <c>gc.after-reads</c>),
    /// which a diff with nothing to do pays without gain: its peak is the read's. A library has no business deciding
    /// this; the command, which knows its phases, does.</remarks>
    private static void CollectWhatTheReadsLeft()
    {
        using var stage = StageTrace.Start("gc.after-reads");
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    /// <summary>True when the project can be built while the target is read: a dev server is configured (and valid),
    /// so the build needs nothing the target's opening may start (its embedded server). At 5 000 tables the target's
    /// catalog read takes about ten seconds, mostly server time, and the project's parse is client time.</summary>
    private static bool BuildsBesideTarget(string? devConnection)
    {
        try
        {
            return ProjectModelSource.ConfiguredDevServer(devConnection) is not null;
        }
        catch (FormatException)
        {
            // Reported by the build, where it always was.
            return false;
        }
    }

    /// <summary>The cached model (sharing the target's equal tables, views, functions…), else the project built on
    /// the dev server.</summary>
    private static async Task<DesiredModel> CachedOrBuiltAsync(
        string project, string? devConnection, bool noCache, Task<DatabaseModel?> targetModel, CancellationToken cancellationToken)
        => await ProjectModelSource.TryFromCacheAsync(project, noCache, cancellationToken, sharingItemsOf: targetModel)
            ?? await ProjectModelSource.BuildDesiredModelAsync(project, devConnection, noCache: true, cancellationToken);

    /// <summary>The target could not be opened: the build started beside it is cancelled and awaited, so that its
    /// shadow database is dropped before the command ends.</summary>
    private static async Task AbandonAsync(Task<DesiredModel>? early, CancellationTokenSource abandon)
    {
        if (early is null)
        {
            return;
        }

        await abandon.CancelAsync();
        try
        {
            await early;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Nothing of the build is wanted: its own failure must not hide why the target could not be opened.
        }
    }

    /// <summary>The target and the project compared by the deployment stage (<see cref="SchemaComparison"/>).</summary>
    public Task<SpellingComparison> CompareAsync(CancellationToken cancellationToken) => comparison.CompareAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await comparison.DisposeAsync();
        await Target.DisposeAsync();
    }
}
