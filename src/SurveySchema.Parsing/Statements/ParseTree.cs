using System.Runtime.InteropServices;
using System.Text.Json;

namespace SurveySchema.Parsing.Statements;

/// <summary>Reading libpg_query's JSON parse tree. A node is an object with one property named after its
/// type (<c>{"RangeVar": {…}}</c>); some fields hold a node's body directly (<c>"relation": {…}</c>).
/// Absent fields are PostgreSQL's defaults (false, 0, empty), so every accessor tolerates them.</summary>
internal static class ParseTree
{
    /// <summary>Unwraps <c>{"Type": body}</c>; false for anything else.</summary>
    public static bool TryUnwrap(this JsonElement node, out string type, out JsonElement body)
    {
        if (node.ValueKind == JsonValueKind.Object)
        {
            using var properties = node.EnumerateObject();
            if (properties.MoveNext())
            {
                var first = properties.Current;
                if (!properties.MoveNext() && first.Value.ValueKind == JsonValueKind.Object && first.Name.Length > 0 && char.IsUpper(first.Name[0]))
                {
                    type = first.Name;
                    body = first.Value;
                    return true;
                }
            }
        }

        type = string.Empty;
        body = default;
        return false;
    }

    /// <summary>The body of a wrapped node of the given type, or null.</summary>
    public static JsonElement? As(this JsonElement node, string type)
        => node.TryUnwrap(out var actual, out var body) && actual == type ? body : null;

    public static JsonElement? Field(this JsonElement body, string name)
        => body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var value) ? value : null;

    public static string? String(this JsonElement body, string name)
        => body.Field(name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    public static bool Bool(this JsonElement body, string name)
        => body.Field(name) is { ValueKind: JsonValueKind.True };

    /// <summary>The node's <c>location</c> (a byte offset in the statement), when PostgreSQL recorded one.</summary>
    public static int? Location(this JsonElement body)
        => body.Field("location") is { ValueKind: JsonValueKind.Number } value && value.GetInt32() >= 0 ? value.GetInt32() : null;

    /// <summary>The items of a list field (absent → empty).</summary>
    public static IEnumerable<JsonElement> Items(this JsonElement body, string name)
        => body.Field(name) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [];

    /// <summary>The items of a <c>{"List": {"items": […]}}</c> node, or of a bare array.</summary>
    public static IEnumerable<JsonElement> ListItems(this JsonElement node)
    {
        if (node.ValueKind == JsonValueKind.Array)
        {
            return node.EnumerateArray();
        }

        return node.As("List") is { } list ? list.Items("items") : [];
    }

    /// <summary>The text of a <c>{"String": {"sval": …}}</c> node.</summary>
    public static string? StringValue(this JsonElement node)
        => node.As("String") is { } body ? body.String("sval") ?? string.Empty : null;

    /// <summary>The names in a list of String nodes (<c>[{"String":{"sval":"public"}}, …]</c>).</summary>
    public static IReadOnlyList<string> Names(this IEnumerable<JsonElement> items)
        => [.. items.Select(item => item.StringValue()).OfType<string>()];

    /// <summary>False when <paramref name="utf8"/> (a node type, field name or enum value) occurs nowhere in the
    /// subtree's JSON text, so that a walk looking only for it can be skipped: a tree's walk costs far more than a
    /// search of its bytes. libpg_query escapes only quotes, backslashes and control characters, so a name is
    /// spelled in the text as it is; true does not mean the name is a node (a string constant may hold it).</summary>
    public static bool MayContain(this JsonElement root, ReadOnlySpan<byte> utf8)
        => JsonMarshal.GetRawUtf8Value(root).IndexOf(utf8) >= 0;

    /// <summary>Every object in the subtree (depth first), to find nodes wherever the grammar put them.</summary>
    public static IEnumerable<(string? Name, JsonElement Value)> Descendants(this JsonElement root)
    {
        // Children are gathered in order and pushed last first, so that they pop in order; a reused list rather
        // than LINQ's Reverse, which buffered every object's properties anew (most of the parse's time at 5 000 tables).
        var stack = new Stack<(string?, JsonElement)>(64);
        var children = new List<(string?, JsonElement)>();
        stack.Push((null, root));
        while (stack.Count > 0)
        {
            var (name, current) = stack.Pop();
            yield return (name, current);
            if (current.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in current.EnumerateObject())
                {
                    if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                    {
                        children.Add((property.Name, property.Value));
                    }
                }
            }
            else if (current.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in current.EnumerateArray())
                {
                    children.Add((name, item));
                }
            }

            for (var i = children.Count - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }

            children.Clear();
        }
    }
}
