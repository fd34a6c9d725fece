using System.Text.RegularExpressions;

namespace SurveySchema.Scripting.Sql;

/// <summary>Rewrites the one CHECK spelling PostgreSQL does not read back into the same expression.</summary>
/// <remarks>
/// <c>status IN ('a', 'b')</c> on a varchar column is stored as an array coercion and printed as
/// <c>(status)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[])</c>; parsed
/// again, that text pushes the cast into each element and prints as
/// <c>ARRAY[('a'::character varying)::text, …]</c>, so a constraint copied through its catalog text never
/// compares equal to the original. Writing it back as the <c>IN</c> list it came from gives the original
/// expression, and the migrated database the same fingerprint as the shadow one.
/// </remarks>
internal static partial class CheckSpelling
{
    /// <summary>Set for the duration of <see cref="Verbatim"/> on this thread: the text is left as it is.</summary>
    [ThreadStatic]
    private static bool verbatim;

    /// <summary>Until disposed, <see cref="Restore"/> on this thread returns the text unchanged: for a round trip
    /// that asks PostgreSQL what it makes of the catalog text itself (SurveySchema.Deployment's Respelling).</summary>
    public static IDisposable Verbatim()
    {
        var was = verbatim;
        verbatim = true;
        return new Reset(was);
    }

    public static string Restore(string definition) => verbatim ? definition :
        InList().Replace(definition, match =>
        {
            var items = VarcharLiteral().Matches(match.Groups["items"].Value).Select(m => m.Groups[1].Value);
            var not = match.Groups["op"].Value == "<> ALL" ? "NOT " : "";
            return $"{match.Groups["column"].Value} {not}IN ({string.Join(", ", items)})";
        });

    private sealed class Reset(bool was) : IDisposable
    {
        public void Dispose() => verbatim = was;
    }

    [GeneratedRegex("""\((?<column>[A-Za-z_][A-Za-z0-9_$]*|"(?:[^"]|"")+")\)::text (?<op>= ANY|<> ALL) \(\(ARRAY\[(?<items>'(?:[^']|'')*'::character varying(?:, '(?:[^']|'')*'::character varying)*)\]\)::text\[\]\)""")]
    private static partial Regex InList();

    [GeneratedRegex("""('(?:[^']|'')*')::character varying""")]
    private static partial Regex VarcharLiteral();
}
