using Npgsql;
using SurveySchema.Model;

namespace SurveySchema.Catalog;

/// <summary>Which database a read reaches (<see cref="Identity"/>) and the version of its catalogs
/// (<see cref="Version"/>): two reads of one identity with equal versions read the same catalog rows, so the
/// second can be answered from what the first built (<see cref="Caching.CatalogReadCache"/>).</summary>
/// <remarks>
/// <para>
/// The version is read from the catalogs rather than guessed: for each of the database's own catalogs, its number
/// of rows and an md5 of their <c>xmin</c> (the transaction that wrote each row version) in physical order.
/// PostgreSQL never updates a catalog row in place for DDL: CREATE, ALTER, COMMENT, GRANT and DROP insert new row
/// versions, written by a transaction id the catalog has not held before, or delete rows, which shortens the list.
/// Either changes the md5. Data never touches these catalogs; statistics do, so the catalogs that hold them
/// (pg_statistic, pg_statistic_ext_data) are left out, as are large objects' data and subscriptions' sync state.
/// The few columns VACUUM and ANALYZE overwrite in place (pg_class's relpages, reltuples, relhasindex…) are
/// never read into the model, so a database that only received data, was vacuumed or analysed keeps its
/// version. pg_index's validity flags, which the model does read, are hashed beside the xmin in case a server
/// sets them in place.
/// </para>
/// <para>
/// Roles are cluster-wide, and other databases' work changes their catalogs all the time: the version holds only
/// the roles this database can spell, each as its OID and name: those its objects own or grant to (pg_shdepend, for
/// this database), the predefined ones, and with <see cref="CatalogOptions.Roles"/> the named roles' whole
/// pg_roles rows, their memberships and the names of the roles they are members of. Those are what the queries
/// print; a role created, altered or dropped elsewhere keeps the cache.
/// </para>
/// <para>
/// Transaction ids are unique only within one cluster's history: the identity therefore holds the cluster's
/// system identifier and timeline (a restored backup that diverges gets a new timeline and reuses ids), the
/// database's OID (a database cloned from another starts with its very rows), the server's version (the deparsing
/// functions' spelling may change with it) and the role that reads. A role that may not call pg_control_system()
/// or pg_control_checkpoint() gets no state, and its reads are never cached. Three more things would only make a
/// read miss: VACUUM FULL of a catalog (a new physical order), temporary tables of other sessions (their catalog
/// rows count too) and a role gaining or losing the right to read a catalog.
/// </para>
/// <para>
/// Catalogs are listed from the server itself, so a later PostgreSQL's new catalogs are covered without a change
/// here. At 5 000 tables the version costs about 0.1 s of server time over some 600 000 rows, against two seconds
/// for the read it saves.
/// </para>
/// </remarks>
public sealed record CatalogState(string Identity, string Version)
{
    /// <summary>Catalogs whose rows change with data or background work, not with the schema.</summary>
    private static readonly string[] DataCatalogs =
        ["pg_statistic", "pg_statistic_ext_data", "pg_largeobject", "pg_subscription_rel"];

    // Serial, physical-order scans: the md5 of a string_agg depends on the order rows come in, which a parallel
    // scan or one that joins another backend's scan midway (synchronize_seqscans, for tables over a quarter of
    // shared_buffers) would change.
    private const string PinScanOrder = """
        SET LOCAL max_parallel_workers_per_gather = 0;
        SET LOCAL synchronize_seqscans = off;
        """;

    /// <summary>The cluster, database, server version and role, and the database's own catalogs this role may read
    /// (a catalog it may not read is one no query of the reader reads either). Catalogs have OIDs below
    /// FirstNormalObjectId (16384), so the OID index finds them among a large schema's relations, and the OFFSET 0
    /// keeps the privilege check to those few: evaluated over all of pg_class it cost 0.1 s at 5 000 tables.</summary>
    private const string IdentitySql = """
        SELECT CASE WHEN has_function_privilege('pg_catalog.pg_control_system()', 'EXECUTE')
                     AND has_function_privilege('pg_catalog.pg_control_checkpoint()', 'EXECUTE')
                    THEN (SELECT system_identifier::text FROM pg_control_system())
                         || ' timeline ' || (SELECT timeline_id::text FROM pg_control_checkpoint()) END AS "Cluster",
               (SELECT oid FROM pg_database WHERE datname = current_database())::text AS "Database",
               current_setting('server_version_num') AS "ServerVersion",
               current_user::text AS "Role",
               (SELECT string_agg(c.relname::text, ',')
                FROM (SELECT oid, relname FROM pg_class
                      WHERE oid < 16384 AND relnamespace = 'pg_catalog'::regnamespace AND relkind = 'r' AND NOT relisshared
                      OFFSET 0) c
                WHERE has_table_privilege(c.oid, 'SELECT')) AS "Catalogs"
        """;

    /// <summary>The roles part of the version (see the remarks); <c>@roles</c> are the named roles. 16384 is
    /// FirstNormalObjectId: below it, the bootstrap superuser and the predefined roles, which no pg_shdepend row names.</summary>
    private const string RolesSql = """
        WITH named AS (SELECT oid FROM pg_roles WHERE rolname = ANY (@roles)),
        spelled AS (
            SELECT oid FROM pg_roles WHERE oid < 16384
            UNION SELECT oid FROM named
            UNION SELECT roleid FROM pg_auth_members WHERE member IN (SELECT oid FROM named)
            UNION SELECT refobjid FROM pg_shdepend
                  WHERE refclassid = 'pg_authid'::regclass
                    AND dbid = (SELECT oid FROM pg_database WHERE datname = current_database()))
        SELECT 'roles ' || md5(coalesce((
                   SELECT string_agg(r.oid::text || ' ' || r.rolname::text
                                     || CASE WHEN r.oid IN (SELECT oid FROM named) THEN ' ' || r::text ELSE '' END,
                                     ',' ORDER BY r.oid)
                   FROM pg_roles r WHERE r.oid IN (SELECT oid FROM spelled)), ''))
            || ' members ' || md5(coalesce((
                   SELECT string_agg(m.roleid::text || ' ' || m.member::text || ' ' || m.grantor::text || ' ' || m.admin_option::text,
                                     ',' ORDER BY m.roleid, m.member, m.grantor)
                   FROM pg_auth_members m WHERE m.member IN (SELECT oid FROM named)), ''))
        """;

    /// <summary>The state of the database <paramref name="connection"/> reaches, as
    /// <paramref name="transaction"/>'s snapshot sees it; null when the role cannot name its cluster.</summary>
    internal static async Task<CatalogState?> ReadAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<string> roles, CancellationToken cancellationToken)
    {
        // Plain Npgsql rather than Dapper: this is most of what a cache hit runs, and Dapper's generated row
        // readers are compiled at run time, which a hit would pay for two rows.
        try
        {
            string? cluster, database, serverVersion, role;
            IReadOnlyList<string> catalogs;
            await using (var command = new NpgsqlCommand(PinScanOrder + IdentitySql, connection, transaction))
            {
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                cluster = reader.IsDBNull(0) ? null : reader.GetString(0);
                (database, serverVersion, role) = (reader.GetString(1), reader.GetString(2), reader.GetString(3));
                catalogs = Covered(reader.GetString(4).Split(','));
            }

            if (cluster is null)
            {
                return null;
            }

            await using var versionCommand = new NpgsqlCommand(VersionSql(catalogs), connection, transaction);
            var version = (string)(await versionCommand.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            await using var rolesCommand = new NpgsqlCommand(RolesSql, connection, transaction);
            rolesCommand.Parameters.AddWithValue("roles", roles.ToArray());
            version += " " + (string)(await rolesCommand.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            return new CatalogState($"cluster {cluster}, database {database}, server {serverVersion}, role {role}", version);
        }
        catch (NpgsqlException exception)
        {
            throw new CatalogReadException($"reading the catalog's version failed: {CatalogSession.Describe(exception)}", exception);
        }
    }

    /// <summary>The catalogs a version covers, in name order: of <paramref name="catalogs"/> (the database's own
    /// catalogs), those that hold schema rather than data.</summary>
    internal static IReadOnlyList<string> Covered(IEnumerable<string> catalogs) =>
        [.. catalogs.Where(name => !DataCatalogs.Contains(name, StringComparer.Ordinal)).Order(StringComparer.Ordinal)];

    /// <summary>One row per catalog, in name order: its name, row count and the md5 of its rows' xmin in
    /// physical order; the md5 of those rows is the version.</summary>
    internal static string VersionSql(IEnumerable<string> catalogs)
    {
        var parts = catalogs.Select((name, position) =>
        {
            var row = name == "pg_index"
                ? "xmin::text || indisvalid::int || indisready::int || indislive::int"
                : "xmin::text";
            return $"SELECT {position} AS position, {SqlLiteral.Quote(name + " ")} || count(*) || ' ' || coalesce(md5(string_agg({row}, ',')), '') AS part "
                + $"FROM pg_catalog.{SqlIdentifier.Quote(name)}";
        });
        return $"SELECT md5(string_agg(part, E'\\n' ORDER BY position)) FROM (\n{string.Join("\nUNION ALL ", parts)}\n) catalogs";
    }
}
