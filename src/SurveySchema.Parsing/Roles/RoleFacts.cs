using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using SurveySchema.Model;
using SurveySchema.Parsing.Statements;

namespace SurveySchema.Parsing.Roles;

/// <summary>Reads the roles a statement names and declares from its parse tree.</summary>
internal static partial class RoleFacts
{
    /// <summary>The statements that create or alter roles: cluster objects, which the shadow build prepares
    /// before the project runs rather than replaying them (a second build would find them existing).</summary>
    public static bool IsRoleStatement(string nodeType) => nodeType is "CreateRoleStmt" or "AlterRoleStmt" or "AlterRoleSetStmt";

    /// <summary>Every role the statement names, with the byte offset of the name in the statement when the
    /// tree has one. A RoleSpec is how the grammar spells a role wherever one may be written (grantees,
    /// grantors, OWNER TO, policies' TO, FOR ROLE, AUTHORIZATION, IN ROLE…); GRANT role TO names the granted
    /// roles as plain names, and COMMENT ON ROLE as a string.</summary>
    public static IEnumerable<(string Name, int? Offset)> Referenced(string nodeType, JsonElement body)
    {
        foreach (var (_, node) in body.MayContain("\"ROLESPEC_CSTRING\""u8) ? body.Descendants() : [])
        {
            if (node.ValueKind == JsonValueKind.Object && node.String("roletype") == "ROLESPEC_CSTRING" && node.String("rolename") is { } name
                && IsReal(name))
            {
                yield return (name, node.Location());
            }
        }

        if (nodeType == "GrantRoleStmt")
        {
            foreach (var granted in body.Items("granted_roles"))
            {
                if (granted.As("AccessPriv")?.String("priv_name") is { } name && IsReal(name))
                {
                    yield return (name, null);
                }
            }
        }

        if (nodeType == "CommentStmt" && body.String("objtype") == "OBJECT_ROLE" && body.Field("object")?.StringValue() is { } commented && IsReal(commented))
        {
            yield return (commented, null);
        }
    }

    /// <summary>Folds the project's CREATE ROLE and ALTER ROLE statements (in the order given) into one
    /// declaration per created role, sorted by name.</summary>
    public static ImmutableArray<RoleDeclaration> Declarations(IEnumerable<ParsedStatement> statements)
    {
        var roles = new Dictionary<string, (SourceLocation Location, SortedDictionary<int, string> Attributes, List<RoleMembership> Memberships)>(StringComparer.Ordinal);
        foreach (var statement in statements)
        {
            var body = statement.Body;
            string? name;
            if (statement.NodeType == "CreateRoleStmt")
            {
                name = body.String("role");
                if (name is null || roles.ContainsKey(name))
                {
                    continue;
                }

                roles[name] = (statement.Location, [], []);

                // CREATE USER is CREATE ROLE … LOGIN unless it says otherwise.
                if (body.String("stmt_type") == "ROLESTMT_USER")
                {
                    roles[name].Attributes[Order("canlogin")] = "LOGIN";
                }
            }
            else if (statement.NodeType == "AlterRoleStmt")
            {
                name = body.Field("role") is { } spec && spec.String("roletype") == "ROLESPEC_CSTRING" ? spec.String("rolename") : null;
                if (name is null || !roles.ContainsKey(name) || body.Field("action") is { ValueKind: JsonValueKind.Number } action && action.GetInt32() < 0)
                {
                    continue;
                }
            }
            else
            {
                continue;
            }

            var (_, attributes, memberships) = roles[name];
            foreach (var option in body.Items("options").Select(o => o.As("DefElem")).OfType<JsonElement>())
            {
                var definition = option.String("defname") ?? string.Empty;
                if (Clause(definition, option.Field("arg"), statement.Sql, option.Location()) is { } clause)
                {
                    attributes[Order(definition)] = clause;
                    continue;
                }

                var members = option.Field("arg")?.ListItems().Select(item => item.As("RoleSpec")?.String("rolename")).OfType<string>() ?? [];
                foreach (var other in members)
                {
                    switch (definition)
                    {
                        case "addroleto":
                            memberships.Add(new RoleMembership(other, name, false));
                            break;
                        case "rolemembers":
                            memberships.Add(new RoleMembership(name, other, false));
                            break;
                        case "adminmembers":
                            memberships.Add(new RoleMembership(name, other, true));
                            break;
                    }
                }
            }
        }

        return [.. roles.OrderBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => new RoleDeclaration(r.Key, r.Value.Location, [.. r.Value.Attributes.Values], [.. r.Value.Memberships]))];
    }

    /// <summary>PUBLIC and the predefined roles exist everywhere; CURRENT_USER and the like are not
    /// ROLESPEC_CSTRING and never reach here.</summary>
    private static bool IsReal(string name) =>
        !name.Equals("public", StringComparison.OrdinalIgnoreCase) && !name.StartsWith("pg_", StringComparison.Ordinal);

    /// <summary>libpg_query's JSON leaves out an Integer's value when it is 0 or negative, so the limit is
    /// read from the text at the option's place (where the statement wrote <c>CONNECTION LIMIT n</c>).</summary>
    private static string ConnectionLimit(string sql, int? offset)
    {
        var utf8 = Encoding.UTF8.GetBytes(sql);
        var from = Math.Clamp(offset ?? 0, 0, utf8.Length);
        var match = LimitPattern().Match(Encoding.UTF8.GetString(utf8, from, utf8.Length - from));
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) : "-1";
    }

    [GeneratedRegex(@"^CONNECTION\s+LIMIT\s+([-+]?\d+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LimitPattern();

    private static readonly string[] AttributeOrder =
        ["superuser", "createdb", "createrole", "inherit", "canlogin", "isreplication", "bypassrls", "connectionlimit", "validUntil"];

    private static int Order(string definition) => Array.IndexOf(AttributeOrder, definition);

    /// <summary>The ALTER ROLE clause of an attribute option; null for options that are not attributes
    /// (memberships) and for the password, which is never applied (nor kept).</summary>
    private static string? Clause(string definition, JsonElement? argument, string sql, int? offset)
    {
        var flag = argument?.As("Boolean") is { } boolean ? boolean.Bool("boolval") : argument?.As("Integer") is { } number && number.Field("ival")?.GetInt32() != 0;
        return definition switch
        {
            "superuser" => flag ? "SUPERUSER" : "NOSUPERUSER",
            "createdb" => flag ? "CREATEDB" : "NOCREATEDB",
            "createrole" => flag ? "CREATEROLE" : "NOCREATEROLE",
            "inherit" => flag ? "INHERIT" : "NOINHERIT",
            "canlogin" => flag ? "LOGIN" : "NOLOGIN",
            "isreplication" => flag ? "REPLICATION" : "NOREPLICATION",
            "bypassrls" => flag ? "BYPASSRLS" : "NOBYPASSRLS",
            "connectionlimit" => "CONNECTION LIMIT " + ConnectionLimit(sql, offset),
            "validUntil" when argument?.StringValue() is { } until => "VALID UNTIL " + SqlLiteral.Quote(until),
            _ => null,
        };
    }
}
