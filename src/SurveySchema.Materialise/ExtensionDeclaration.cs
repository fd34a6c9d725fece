using System.Text.Json;
using SurveySchema.Parsing;

namespace SurveySchema.Materialise;

/// <summary>A <c>CREATE EXTENSION</c> of the project, as far as the shadow database's template cares:
/// its name, and whether it asks for a particular schema or version.</summary>
/// <param name="Schema">The <c>SCHEMA</c> option, or null (the first schema of the search path: public).</param>
/// <param name="Version">The <c>VERSION</c> option, or null (the default version).</param>
internal sealed record ExtensionDeclaration(SchemaStatement Statement, string Name, string? Schema, string? Version)
{
    private const string DefaultSchema = "public";

    /// <summary>True when a copy installed by <c>CREATE EXTENSION name</c> in a fresh database (which is how
    /// the PostGIS template got its extensions: default version, in public) is exactly what this
    /// declaration would create.</summary>
    public bool MatchesTemplateInstall => Version is null && (Schema ?? DefaultSchema) == DefaultSchema;

    /// <summary>The project's CREATE EXTENSION statements.</summary>
    public static IReadOnlyList<ExtensionDeclaration> In(IEnumerable<SchemaStatement> statements)
    {
        var declarations = new List<ExtensionDeclaration>();
        foreach (var statement in statements)
        {
            if (statement.NodeType != "CreateExtensionStmt"
                || !statement.Tree.TryGetProperty("CreateExtensionStmt", out var body)
                || Text(body, "extname") is not { } name)
            {
                continue;
            }

            declarations.Add(new ExtensionDeclaration(statement, name, Option(body, "schema"), Option(body, "new_version")));
        }

        return declarations;
    }

    /// <summary>The value of a <c>{"DefElem": {"defname": name, "arg": {"String": {"sval": …}}}}</c> option.</summary>
    private static string? Option(JsonElement body, string name)
    {
        if (!body.TryGetProperty("options", out var options) || options.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var option in options.EnumerateArray())
        {
            if (option.TryGetProperty("DefElem", out var element)
                && Text(element, "defname") == name
                && element.TryGetProperty("arg", out var argument)
                && argument.TryGetProperty("String", out var value))
            {
                return Text(value, "sval") ?? string.Empty;
            }
        }

        return null;
    }

    private static string? Text(JsonElement body, string property) =>
        body.ValueKind == JsonValueKind.Object
        && body.TryGetProperty(property, out var value)
        && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
