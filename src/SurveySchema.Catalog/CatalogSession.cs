using Dapper;
using Npgsql;
using SurveySchema.Model;

namespace SurveySchema.Catalog;

/// <summary>Runs catalog queries inside the reader's snapshot transaction, one round trip each, and turns
/// a failure into an error that names the query.</summary>
internal sealed class CatalogSession(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
{
    // Server settings that change how PostgreSQL spells types, defaults and expressions. Pinned for the
    // transaction (SET LOCAL) so that two databases, or one database read from two different sessions,
    // give the same text for the same schema:
    // - search_path: only pg_catalog, so format_type, pg_get_expr, pg_get_viewdef and friends qualify
    //   every name outside pg_catalog (public.geometry(Point,2277), public.uuid_generate_v4()).
    // - DateStyle, IntervalStyle, TimeZone, extra_float_digits, bytea_output: constants in defaults and
    //   expressions are printed through the type's output function, which follows these.
    // - quote_all_identifiers: off, so identifiers are quoted only where PostgreSQL needs it.
    // See https://www.postgresql.org/docs/15/runtime-config-client.html
    // Two settings change only the cost of the read, not its rows:
    // - work_mem: the default 4 MB made the columns' and dependencies' sorts spill to disk at 5 000 tables
    //   (external merges of 6 to 25 MB); a ceiling per sort or hash, not an allocation.
    //   https://www.postgresql.org/docs/15/runtime-config-resource.html#GUC-WORK-MEM
    // - jit: on by default in a stock server (Debian's packages ship llvmjit). A catalog query over thousands
    //   of tables is estimated far above jit_above_cost, and LLVM then spends longer compiling it than the
    //   query runs: dependencies.sql at 5 000 tables took 2.9 s with JIT (2.0 s of it compiling) against
    //   0.85 s without, and a whole inspect 4.8 s against 3.0 s.
    //   https://www.postgresql.org/docs/15/jit-decision.html
    private const string PinSettings = """
        SET TRANSACTION READ ONLY;
        SET LOCAL search_path = pg_catalog;
        SET LOCAL DateStyle = 'ISO, YMD';
        SET LOCAL IntervalStyle = 'postgres';
        SET LOCAL TimeZone = 'UTC';
        SET LOCAL extra_float_digits = 1;
        SET LOCAL bytea_output = 'hex';
        SET LOCAL quote_all_identifiers = off;
        SET LOCAL work_mem = '64MB';
        SET LOCAL jit = off;
        """;

    /// <summary>Makes the transaction read only and pins the settings; with <paramref name="importedSnapshot"/>,
    /// first adopts the snapshot another connection exported, so both read the same catalog state.</summary>
    public async Task PinSettingsAsync(string? importedSnapshot = null)
    {
        // SET TRANSACTION SNAPSHOT must come before the transaction's first query; it takes no parameter,
        // so the identifier (which pg_export_snapshot returned) is written as a quoted literal.
        var sql = importedSnapshot is null
            ? PinSettings
            : $"SET TRANSACTION SNAPSHOT {SqlLiteral.Quote(importedSnapshot)};\n{PinSettings}";
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(sql, transaction: transaction, cancellationToken: cancellationToken));
        }
        catch (NpgsqlException exception)
        {
            throw new CatalogReadException($"preparing the catalog snapshot failed: {Describe(exception)}", exception);
        }
    }

    /// <summary>Exports the transaction's snapshot (<c>pg_export_snapshot()</c>) for other connections to
    /// import; it stays importable until this transaction ends.</summary>
    public async Task<string> ExportSnapshotAsync()
    {
        try
        {
            return await connection.QuerySingleAsync<string>(
                new CommandDefinition("SELECT pg_export_snapshot()", transaction: transaction, cancellationToken: cancellationToken));
        }
        catch (NpgsqlException exception)
        {
            throw new CatalogReadException($"exporting the catalog snapshot failed: {Describe(exception)}", exception);
        }
    }

    /// <summary>The catalogs' <see cref="CatalogState"/> as this transaction sees them, for a read of
    /// <paramref name="options"/>.</summary>
    public Task<CatalogState?> ReadStateAsync(CatalogOptions options) =>
        CatalogState.ReadAsync(connection, transaction, options.Roles.ToArray(), cancellationToken);

    public async Task<IReadOnlyList<TRow>> QueryAsync<TRow>(CatalogQuery query, object? parameters = null)
    {
        try
        {
            var rows = await connection.QueryAsync<TRow>(
                new CommandDefinition(query.Sql, parameters, transaction, cancellationToken: cancellationToken));
            return rows.AsList();
        }
        catch (NpgsqlException exception)
        {
            throw new CatalogReadException($"reading {query.Name} from the catalog failed ({query.Path}): {Describe(exception)}", exception);
        }
        catch (InvalidCastException exception)
        {
            throw new CatalogReadException($"reading {query.Name} from the catalog failed ({query.Path}): a column does not fit its row: {exception.Message}", exception);
        }
    }

    /// <summary>A failure in words: the SQLSTATE and the server's message, or Npgsql's (which names host and port,
    /// never the password).</summary>
    internal static string Describe(NpgsqlException exception) => exception switch
    {
        PostgresException postgres => $"{postgres.SqlState}: {postgres.MessageText}",
        _ => exception.Message,
    };
}
