using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using SurveySchema.Model;

namespace SurveySchema.Parsing.Dependencies;

/// <summary>What an extension creates when installed: its types, functions, tables and views.</summary>
internal sealed record ExtensionContents(string Name, string Version, string Schema, ImmutableArray<SchemaObjectName> Objects);

/// <summary>Reads what an extension provides from its install script in PostgreSQL's share directory
/// (<c>extension/&lt;name&gt;--&lt;version&gt;.sql</c>, the version from the control file's
/// default_version), parsed with libpg_query. Cached per process: PostGIS's script is 7 MB.</summary>
internal static partial class ExtensionCatalog
{
    private static readonly ConcurrentDictionary<(string?, string, string?, string), Lazy<ExtensionContents?>> Cache = new();

    /// <summary>The extension's contents, or null when its control file or install script is not installed.</summary>
    /// <param name="name">The extension, e.g. <c>postgis</c>.</param>
    /// <param name="version">The version CREATE EXTENSION asks for, or null for the default.</param>
    /// <param name="schema">The schema it is installed into (the SCHEMA option, else <c>public</c>).</param>
    /// <param name="shareDirectory">PostgreSQL's share directory; null to find the installed one.</param>
    public static ExtensionContents? Find(string name, string? version, string schema, string? shareDirectory = null)
    {
        shareDirectory ??= PostgresShareDirectory.Path;
        return Cache.GetOrAdd((shareDirectory, name, version, schema), key => new Lazy<ExtensionContents?>(() => Load(key.Item1, name, version, schema))).Value;
    }

    private static ExtensionContents? Load(string? shareDirectory, string name, string? version, string schema)
    {
        if (shareDirectory is null)
        {
            return null;
        }

        var directory = Path.Combine(shareDirectory, "extension");
        var control = Path.Combine(directory, name + ".control");
        if (!File.Exists(control))
        {
            return null;
        }

        var settings = ReadControl(control);
        version ??= settings.GetValueOrDefault("default_version");

        // A non-relocatable extension may fix its schema in the control file.
        if (settings.TryGetValue("schema", out var fixedSchema))
        {
            schema = fixedSchema;
        }

        var script = Path.Combine(directory, $"{name}--{version}.sql");

        // Without a base script for that version, PostgreSQL installs an older one and runs update
        // scripts; reading all of them over-approximates what exists, which only makes checks lenient.
        var scripts = File.Exists(script)
            ? [script]
            : Directory.GetFiles(directory, name + "--*.sql").Order(StringComparer.Ordinal).ToArray();
        if (scripts.Length == 0)
        {
            return null;
        }

        var objects = ImmutableArray.CreateBuilder<SchemaObjectName>();
        var seen = new HashSet<ObjectKey>();
        foreach (var path in scripts)
        {
            var text = File.ReadAllText(path).Replace("@extschema@", SqlIdentifier.Quote(schema), StringComparison.Ordinal);
            foreach (var created in ScriptCreations.Read(text, schema))
            {
                if (seen.Add(created.Key))
                {
                    objects.Add(created);
                }
            }
        }

        // CREATE EXTENSION … CASCADE installs what the control file requires (postgis_topology needs
        // postgis); counting those objects in only makes the checks more lenient.
        foreach (var required in settings.GetValueOrDefault("requires", string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (required != name && Find(required, null, schema, shareDirectory) is { } requiredContents)
            {
                objects.AddRange(requiredContents.Objects.Where(o => seen.Add(o.Key)));
            }
        }

        return new ExtensionContents(name, version ?? "?", schema, objects.ToImmutable());
    }

    private static Dictionary<string, string> ReadControl(string path)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            var match = ControlLine().Match(line);
            if (match.Success)
            {
                settings[match.Groups["key"].Value] = match.Groups["value"].Value.Trim().Trim('\'');
            }
        }

        return settings;
    }

    [GeneratedRegex(@"^\s*(?<key>[a-z_]+)\s*=\s*(?<value>[^#]*)")]
    private static partial Regex ControlLine();
}
