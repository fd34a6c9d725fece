using System.Collections.Immutable;
using System.Globalization;
using SurveySchema.Model;

namespace SurveySchema.Revisions;

/// <summary>The SQL of the tool's own tables in the target, <c>surveyschema.revision_history</c> and
/// <c>surveyschema.revision_progress</c> (docs/revisions.md, "The history table").
/// <para>History keeps one row per revision the database is at or past: upgrade inserts a revision's row in
/// the revision's own transaction, downgrade deletes it in the down script's transaction, stamp inserts or
/// deletes rows without running anything. So the rows are always a prefix of the chain and the current
/// revision is the highest one. Progress rows exist only while a revision with no-transaction segments is
/// partway: they say which of its parts have committed.</para></summary>
public static class HistoryTable
{
    public const string Schema = "surveyschema";
    public const string Name = Schema + ".revision_history";
    public const string ProgressName = Schema + ".revision_progress";

    /// <summary>Creates both tables when missing. Run under the advisory lock: two sessions racing through
    /// CREATE … IF NOT EXISTS can still collide on the catalog's unique index.</summary>
    public static ImmutableArray<string> CreateStatements { get; } =
    [
        $"CREATE SCHEMA IF NOT EXISTS {Schema}",
        $"""
        CREATE TABLE IF NOT EXISTS {Name} (
            revision           text        PRIMARY KEY CHECK (revision ~ '^[0-9]+$'),
            description        text        NOT NULL,
            checksum           text        NOT NULL,
            kind               text        NOT NULL CHECK (kind IN ('applied', 'stamped')),
            applied_at         timestamptz NOT NULL DEFAULT now(),
            applied_by_role    text        NOT NULL DEFAULT current_user,
            applied_by_os_user text,
            duration_ms        integer,
            tool_version       text        NOT NULL
        )
        """,
        $"""
        CREATE TABLE IF NOT EXISTS {ProgressName} (
            revision   text        NOT NULL,
            direction  text        NOT NULL CHECK (direction IN ('up', 'down')),
            unit       integer     NOT NULL,
            lines      text        NOT NULL,
            started_at timestamptz NOT NULL DEFAULT now(),
            done_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
            PRIMARY KEY (revision, direction, unit)
        )
        """,
    ];

    /// <summary>Serialises revision transactions even without the runner's advisory lock (an offline script
    /// run twice by hand): the second waits here, then its guard sees the first one's row. Readers
    /// (<c>current</c>, <c>history</c>) take ACCESS SHARE and are not blocked.</summary>
    internal static string Lock => $"LOCK TABLE {Name} IN SHARE ROW EXCLUSIVE MODE";

    /// <summary>Fails the transaction unless the database is at <paramref name="expected"/> (null: base) with no
    /// revision partway, so a script can only ever run from the revision it was planned from.</summary>
    internal static string Guard(string? expected)
    {
        var mismatch = expected is null ? "at IS NOT NULL" : $"at IS DISTINCT FROM {SqlLiteral.Quote(expected)}";
        var name = expected ?? RevisionChain.Base;
        return $"""
            DO $surveyschema$
            DECLARE
                at text := (SELECT revision FROM {Name} ORDER BY length(revision) DESC, revision DESC LIMIT 1);
            BEGIN
                IF {mismatch} THEN
                    RAISE EXCEPTION 'surveyschema: this step expects the database at revision {name}, it is at %', coalesce(at, 'base');
                END IF;
                IF EXISTS (SELECT FROM {ProgressName}) THEN
                    RAISE EXCEPTION 'surveyschema: a revision stopped partway (see {ProgressName}); repair it and stamp first';
                END IF;
            END
            $surveyschema$
            """;
    }

    /// <summary>The row of a revision that ran. duration_ms is measured by the server: from the start of the
    /// revision's first transaction (its first progress row, or this transaction) to now.</summary>
    internal static string InsertApplied(Revision revision, RunIdentity identity, bool hasProgress)
    {
        var started = hasProgress
            ? $"least(now(), (SELECT min(started_at) FROM {ProgressName} WHERE revision = {SqlLiteral.Quote(revision.Id)} AND direction = 'up'))"
            : "now()";
        return Insert(revision, "applied", identity, $"(extract(epoch FROM clock_timestamp() - {started}) * 1000)::integer");
    }

    internal static string InsertStamped(Revision revision, RunIdentity identity) => Insert(revision, "stamped", identity, "NULL");

    internal static string Delete(string revisionId) => $"DELETE FROM {Name} WHERE revision = {SqlLiteral.Quote(revisionId)}";

    internal static string RecordProgress(Revision revision, RevisionDirection direction, int unit, string lines) =>
        $"INSERT INTO {ProgressName} (revision, direction, unit, lines) VALUES "
        + $"({SqlLiteral.Quote(revision.Id)}, {Direction(direction)}, {unit.ToString(CultureInfo.InvariantCulture)}, {SqlLiteral.Quote(lines)})";

    internal static string ClearProgress(Revision revision, RevisionDirection direction) =>
        $"DELETE FROM {ProgressName} WHERE revision = {SqlLiteral.Quote(revision.Id)} AND direction = {Direction(direction)}";

    internal static string ClearAllProgress => $"DELETE FROM {ProgressName}";

    private static string Insert(Revision revision, string kind, RunIdentity identity, string duration) =>
        $"INSERT INTO {Name} (revision, description, checksum, kind, applied_by_os_user, duration_ms, tool_version) VALUES ("
        + $"{SqlLiteral.Quote(revision.Id)}, {SqlLiteral.Quote(revision.Description)}, {SqlLiteral.Quote(revision.Checksum)}, "
        + $"'{kind}', {SqlLiteral.Quote(identity.OsUser)}, {duration}, {SqlLiteral.Quote(identity.ToolVersion)})";

    private static string Direction(RevisionDirection direction) => direction == RevisionDirection.Up ? "'up'" : "'down'";
}
