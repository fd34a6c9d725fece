using System.Collections.Frozen;

namespace SurveySchema.Parsing.Dependencies;

/// <summary>The names PostgreSQL itself provides (pg_catalog), so that an unqualified <c>text</c> or
/// <c>now()</c> is not taken for an undeclared object. Read once per process from the installed
/// server's bootstrap catalog (postgres.bki) and system views; without an installation, a fixed list
/// of the common type names stands in and unqualified function calls are not checked.</summary>
internal sealed class BuiltInCatalog
{
    private static readonly Lazy<BuiltInCatalog> Instance = new(() => Load(PostgresShareDirectory.Path));

    /// <summary>The type names every PostgreSQL since 12 knows, for when postgres.bki cannot be read.</summary>
    private static readonly string[] FallbackTypes =
    [
        "bool", "bytea", "char", "name", "int8", "int2", "int4", "text", "oid", "json", "xml", "float4", "float8",
        "money", "macaddr", "macaddr8", "inet", "cidr", "bpchar", "varchar", "date", "time", "timestamp",
        "timestamptz", "interval", "timetz", "bit", "varbit", "numeric", "uuid", "jsonb", "jsonpath", "tsvector",
        "tsquery", "regclass", "regtype", "regproc", "regprocedure", "regoper", "regoperator", "regconfig",
        "regdictionary", "regnamespace", "regrole", "record", "void", "trigger", "event_trigger", "cstring",
        "internal", "anyelement", "anyarray", "anynonarray", "anyenum", "anyrange", "anymultirange",
        "anycompatible", "anycompatiblearray", "int4range", "int8range", "numrange", "tsrange", "tstzrange",
        "daterange", "point", "line", "lseg", "box", "path", "polygon", "circle", "pg_lsn", "pg_snapshot",
        "txid_snapshot", "xid", "xid8", "cid", "tid", "language_handler", "fdw_handler", "index_am_handler",
        "table_am_handler", "tsm_handler", "unknown",
    ];

    private BuiltInCatalog(FrozenSet<string> types, FrozenSet<string> functions, FrozenSet<string> relations, bool complete)
    {
        Types = types;
        Functions = functions;
        Relations = relations;
        IsComplete = complete;
    }

    public static BuiltInCatalog Current => Instance.Value;

    public FrozenSet<string> Types { get; }

    public FrozenSet<string> Functions { get; }

    public FrozenSet<string> Relations { get; }

    /// <summary>Whether the lists came from an installation; if not, unknown unqualified types and
    /// functions are given the benefit of the doubt.</summary>
    public bool IsComplete { get; }

    public bool IsBuiltInType(string name) => Types.Contains(name);

    public bool IsBuiltInFunction(string name) => Functions.Contains(name);

    /// <summary>System catalogs and views; PostgreSQL reserves the pg_ prefix for them.</summary>
    public bool IsBuiltInRelation(string name) => Relations.Contains(name) || name.StartsWith("pg_", StringComparison.Ordinal);

    internal static BuiltInCatalog Load(string? shareDirectory)
    {
        var bki = shareDirectory is null ? null : Path.Combine(shareDirectory, "postgres.bki");
        if (bki is null || !File.Exists(bki))
        {
            return new BuiltInCatalog(FallbackTypes.ToFrozenSet(StringComparer.Ordinal), FrozenSet<string>.Empty, FrozenSet<string>.Empty, complete: false);
        }

        var types = new HashSet<string>(FallbackTypes, StringComparer.Ordinal);
        var functions = new HashSet<string>(StringComparer.Ordinal);
        var relations = new HashSet<string>(StringComparer.Ordinal);
        ReadBootstrapCatalog(bki, types, functions, relations);

        foreach (var script in new[] { "system_functions.sql", "system_views.sql" })
        {
            var path = Path.Combine(shareDirectory!, script);
            if (!File.Exists(path))
            {
                continue;
            }

            foreach (var created in ScriptCreations.Read(File.ReadAllText(path), "pg_catalog"))
            {
                (created.Kind switch
                {
                    SchemaObjectKind.Function => functions,
                    SchemaObjectKind.Type => types,
                    _ => relations,
                }).Add(created.Name);
            }
        }

        return new BuiltInCatalog(types.ToFrozenSet(StringComparer.Ordinal), functions.ToFrozenSet(StringComparer.Ordinal), relations.ToFrozenSet(StringComparer.Ordinal), complete: true);
    }

    /// <summary>postgres.bki lists each catalog as <c>create pg_x oid …</c> followed by its rows as
    /// <c>insert ( oid name … )</c>; the second value of a pg_proc or pg_type row is its name.</summary>
    private static void ReadBootstrapCatalog(string path, HashSet<string> types, HashSet<string> functions, HashSet<string> relations)
    {
        HashSet<string>? rows = null;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("create ", StringComparison.Ordinal))
            {
                var catalog = line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
                relations.Add(catalog);
                rows = catalog switch
                {
                    "pg_proc" => functions,
                    "pg_type" => types,
                    _ => null,
                };
            }
            else if (rows is not null && line.StartsWith("insert ( ", StringComparison.Ordinal))
            {
                var values = line.Split(' ', 5, StringSplitOptions.RemoveEmptyEntries);
                if (values.Length >= 4)
                {
                    rows.Add(values[3].Trim('"'));
                }
            }
        }
    }
}
