using System.Collections.Frozen;

namespace SurveySchema.Model;

/// <summary>Quotes identifiers the way PostgreSQL's <c>quote_ident</c> does, so generated scripts spell
/// names exactly as the catalog printed them: bare when the name is lower case
/// (<c>[a-z_][a-z0-9_$]*</c>) and not a keyword PostgreSQL reserves in any context, double-quoted (with
/// inner quotes doubled) otherwise. The one identifier quoter of every stage (scripts, shadow and server
/// statements, extension scripts' <c>@extschema@</c>, which PostgreSQL itself fills with
/// <c>quote_identifier</c>). Npgsql's only public quoter (<c>NpgsqlCommandBuilder.QuoteIdentifier</c>) always
/// quotes, which would change every generated script; and a script must not depend on the server's
/// <c>quote_all_identifiers</c>.</summary>
public static class SqlIdentifier
{
    /// <summary>PostgreSQL 15's keywords that are not "unreserved" (reserved, type/function-name and
    /// column-name keywords; src/include/parser/kwlist.h): as bare identifiers they would parse as keywords.</summary>
    private static readonly FrozenSet<string> Keywords = FrozenSet.ToFrozenSet(
    [
        // reserved
        "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "both", "case", "cast",
        "check", "collate", "column", "constraint", "create", "current_catalog", "current_date", "current_role",
        "current_time", "current_timestamp", "current_user", "default", "deferrable", "desc", "distinct", "do",
        "else", "end", "except", "false", "fetch", "for", "foreign", "from", "grant", "group", "having", "in",
        "initially", "intersect", "into", "lateral", "leading", "limit", "localtime", "localtimestamp", "not",
        "null", "offset", "on", "only", "or", "order", "placing", "primary", "references", "returning", "select",
        "session_user", "some", "symmetric", "table", "then", "to", "trailing", "true", "union", "unique", "user",
        "using", "variadic", "when", "where", "window", "with",

        // reserved (can be function or type name)
        "authorization", "binary", "collation", "concurrently", "cross", "current_schema", "freeze", "full",
        "ilike", "inner", "is", "isnull", "join", "left", "like", "natural", "notnull", "outer", "overlaps",
        "right", "similar", "tablesample", "verbose",

        // non-reserved (cannot be function or type name)
        "between", "bigint", "bit", "boolean", "char", "character", "coalesce", "dec", "decimal", "exists",
        "extract", "float", "greatest", "grouping", "inout", "int", "integer", "interval", "least", "national",
        "nchar", "none", "normalize", "nullif", "numeric", "out", "overlay", "position", "precision", "real",
        "row", "setof", "smallint", "substring", "time", "timestamp", "treat", "trim", "values", "varchar",
        "xmlattributes", "xmlconcat", "xmlelement", "xmlexists", "xmlforest", "xmlnamespaces", "xmlparse",
        "xmlpi", "xmlroot", "xmlserialize", "xmltable",
    ], StringComparer.Ordinal);

    /// <summary>The identifier, quoted when PostgreSQL needs it.</summary>
    public static string Quote(string identifier)
    {
        ArgumentNullException.ThrowIfNull(identifier);

        // PostgreSQL's protocol ends a string at NUL: no quoting can carry one.
        if (identifier.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException("an identifier cannot contain a NUL character", nameof(identifier));
        }

        return IsSafeBare(identifier) ? identifier : "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary><c>schema.name</c>, each part quoted when needed.</summary>
    public static string Quote(QualifiedName name) => Quote(name.Schema) + "." + Quote(name.Name);

    /// <summary>A role name as GRANT and CREATE POLICY take it: <c>PUBLIC</c> is the keyword, not a role.</summary>
    public static string Role(string role) => role == Grant.Public ? "PUBLIC" : Quote(role);

    private static bool IsSafeBare(string identifier)
    {
        if (identifier.Length == 0 || !(identifier[0] is >= 'a' and <= 'z' or '_'))
        {
            return false;
        }

        foreach (var c in identifier)
        {
            if (!(c is >= 'a' and <= 'z' or >= '0' and <= '9' or '_' or '$'))
            {
                return false;
            }
        }

        return !Keywords.Contains(identifier);
    }
}
