namespace SurveySchema.Diff;

/// <summary>Finds names in text the catalog printed (view definitions, defaults, check expressions, index
/// definitions). The catalog reader pins <c>search_path</c> to <c>pg_catalog</c>, so every user object
/// appears schema-qualified, quoted where PostgreSQL's rules need it.</summary>
/// <remarks>A textual match can only over-report (a name inside a string literal counts too): the cost is
/// a view recreated or an ordering edge that was not needed, never a missed dependency on a qualified name.</remarks>
public static class CatalogText
{
    /// <summary>True when <paramref name="text"/> mentions <c>schema.name</c> (quoted or not).</summary>
    public static bool Mentions(string? text, QualifiedName name)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        foreach (var schema in Spellings(name.Schema))
        {
            foreach (var relation in Spellings(name.Name))
            {
                if (ContainsToken(text, schema + "." + relation))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="text"/> mentions the identifier <paramref name="word"/>, alone or
    /// qualified: <c>pg_get_viewdef</c> writes every column as <c>alias.column</c>.</summary>
    public static bool MentionsWord(string? text, string word) =>
        !string.IsNullOrEmpty(text) && Spellings(word).Any(spelling => ContainsToken(text, spelling, qualified: true));

    /// <summary>The name without the double quotes PostgreSQL adds around identifiers that need them.</summary>
    public static string Unquote(string text) => text.Replace("\"", "", StringComparison.Ordinal);

    private static IEnumerable<string> Spellings(string identifier) =>
        [identifier, "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""];

    /// <summary>Whether <paramref name="token"/> stands alone in <paramref name="text"/>; after a dot only when
    /// <paramref name="qualified"/> (a schema-qualified name must not match the tail of a longer one).</summary>
    private static bool ContainsToken(string text, string token, bool qualified = false)
    {
        var start = 0;
        while ((start = text.IndexOf(token, start, StringComparison.Ordinal)) >= 0)
        {
            var before = start == 0 ? ' ' : text[start - 1];
            var end = start + token.Length;
            var after = end >= text.Length ? ' ' : text[end];
            if (!IsIdentifierChar(before) && (qualified || before != '.') && !IsIdentifierChar(after))
            {
                return true;
            }

            start++;
        }

        return false;
    }

    private static bool IsIdentifierChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '$' or '"';
}
