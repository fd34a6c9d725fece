using System.Text.Json;

namespace SurveySchema.Diff;

/// <summary>Reads <c>schema/refactorlog.json</c>: the renames a schema developer declared, so the differ
/// emits RENAME instead of a drop and an add that would lose the data.</summary>
/// <remarks>
/// Format: an array (or an object with an <c>entries</c> array) of
/// <c>{"kind": "table"|"column", "table": "schema.table", "from": "old", "to": "new"}</c>.
/// <c>table</c> without a schema means <c>public</c>; for a table rename it may be left out when
/// <c>from</c> is qualified.
/// </remarks>
public static class RefactorLog
{
    /// <summary>The renames in <paramref name="path"/>; none when the file does not exist.</summary>
    public static EquatableArray<DeclaredRename> LoadIfExists(string path) =>
        File.Exists(path) ? Parse(File.ReadAllText(path), path) : [];

    /// <summary>Reads a refactor log file; a missing file is an error.</summary>
    public static EquatableArray<DeclaredRename> Load(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>Parses refactor log text; <paramref name="source"/> names it in error messages.</summary>
    public static EquatableArray<DeclaredRename> Parse(string json, string source = "refactorlog.json")
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var root = document.RootElement;
        var entries = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("entries", out var list) ? list : root;
        if (entries.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException($"{source}: expected an array of rename entries");
        }

        var renames = new List<DeclaredRename>();
        var index = 0;
        foreach (var entry in entries.EnumerateArray())
        {
            index++;
            renames.Add(ParseEntry(entry, $"{source}: entry {index}"));
        }

        return renames.ToEquatableArray();
    }

    private static DeclaredRename ParseEntry(JsonElement entry, string where)
    {
        string? Text(string name) =>
            entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        var kindText = Text("kind") ?? throw new FormatException($"{where}: 'kind' is missing");
        var from = Text("from") ?? throw new FormatException($"{where}: 'from' is missing");
        var to = Text("to") ?? throw new FormatException($"{where}: 'to' is missing");
        var table = Text("table");
        switch (kindText.ToLowerInvariant())
        {
            case "table":
                var old = Qualify(table ?? from);
                var fromName = Qualify(from).Name;
                var toName = to.Contains('.', StringComparison.Ordinal) ? Qualify(to).Name : to;
                return new DeclaredRename(RenameKind.Table, old with { Name = fromName }, fromName, toName);
            case "column":
                return new DeclaredRename(
                    RenameKind.Column,
                    Qualify(table ?? throw new FormatException($"{where}: 'table' is missing")),
                    from,
                    to);
            default:
                throw new FormatException($"{where}: kind '{kindText}' is neither 'table' nor 'column'");
        }
    }

    private static QualifiedName Qualify(string name)
    {
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? new QualifiedName("public", name) : new QualifiedName(name[..dot], name[(dot + 1)..]);
    }
}
