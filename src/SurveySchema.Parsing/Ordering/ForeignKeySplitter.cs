using System.Text;
using System.Text.Json;
using SurveySchema.Parsing.Native;
using SurveySchema.Parsing.Statements;

namespace SurveySchema.Parsing.Ordering;

/// <summary>Moves foreign keys out of a CREATE TABLE into <c>ALTER TABLE … ADD … FOREIGN KEY</c>
/// statements, so that tables referencing each other can be created first and linked afterwards.
/// The text is cut from the original with the token positions of pg_query_scan, keeping the author's
/// spelling (quoting, ON DELETE actions, DEFERRABLE) rather than regenerating SQL.</summary>
internal static class ForeignKeySplitter
{
    private static readonly HashSet<string> AttributeConstraints = new(StringComparer.Ordinal)
    {
        "CONSTR_ATTR_DEFERRABLE", "CONSTR_ATTR_NOT_DEFERRABLE", "CONSTR_ATTR_DEFERRED", "CONSTR_ATTR_IMMEDIATE",
    };

    private readonly record struct Element(int Start, int End);

    /// <summary>The CREATE TABLE without the foreign keys at <paramref name="constraintOffsets"/> (byte
    /// offsets in its text), and one ALTER TABLE per foreign key; null when the text cannot be cut safely.</summary>
    public static (ParsedStatement Create, IReadOnlyList<ParsedStatement> Alters)? Split(ParsedStatement create, IReadOnlySet<int> constraintOffsets)
    {
        if (create.NodeType != "CreateStmt" || create.Body.Field("relation") is not { } relation || relation.Location() is not { } relationStart)
        {
            return null;
        }

        var utf8 = Encoding.UTF8.GetBytes(create.Sql);
        var (allTokens, failure) = PgQuery.Scan(utf8);
        if (failure is not null)
        {
            return null;
        }

        var tokens = allTokens.Where(t => !t.IsComment(utf8)).ToList();
        var open = tokens.FindIndex(t => t.Start >= relationStart && Text(utf8, t) == "(");
        if (open <= 0)
        {
            return null;
        }

        var tableName = Slice(utf8, relationStart, tokens[open - 1].End);
        var elements = Elements(utf8, tokens, open);
        var removedElements = new SortedSet<int>();
        var deletions = new List<(int Start, int End)>();
        var alters = new List<(int Offset, string Sql)>();

        foreach (var item in create.Body.Items("tableElts"))
        {
            if (item.As("Constraint") is { } constraint && constraint.Location() is { } offset && constraintOffsets.Contains(offset))
            {
                var index = elements.FindIndex(e => e.Start <= offset && offset < e.End);
                if (index < 0)
                {
                    return null;
                }

                removedElements.Add(index);
                alters.Add((offset, $"ALTER TABLE {tableName} ADD {Slice(utf8, elements[index].Start, elements[index].End)}"));
            }
            else if (item.As("ColumnDef") is { } column)
            {
                foreach (var (start, end) in ColumnForeignKeys(column, elements, constraintOffsets))
                {
                    var references = tokens.FirstOrDefault(t => t.Start >= start && t.Start < end && Text(utf8, t).Equals("references", StringComparison.OrdinalIgnoreCase));
                    var name = tokens.FirstOrDefault(t => t.Start == column.Location());
                    if (references.End == 0 || name.End == 0)
                    {
                        return null;
                    }

                    deletions.Add((start, end));
                    var prefix = Slice(utf8, start, references.Start);
                    alters.Add((start, $"ALTER TABLE {tableName} ADD {prefix}FOREIGN KEY ({Text(utf8, name)}) {Slice(utf8, references.Start, end).TrimEnd()}"));
                }
            }
        }

        if (!AddElementDeletions(elements, removedElements, deletions))
        {
            return null;
        }

        var rewritten = Delete(utf8, deletions);
        var newCreate = StatementReader.Reparse(create, rewritten, create.Start, create.Kind);
        if (newCreate is null)
        {
            return null;
        }

        var splitOut = new List<ParsedStatement>();
        foreach (var (offset, sql) in alters.OrderBy(a => a.Offset))
        {
            var alter = StatementReader.Reparse(create, sql, create.Start + offset, StatementKind.Alter);
            if (alter is null)
            {
                return null;
            }

            splitOut.Add(alter with { IsSplitForeignKey = true });
        }

        return (newCreate with { IsRewritten = true }, splitOut);
    }

    /// <summary>The column's foreign keys to split, each with the end of its text: up to the column's
    /// next constraint that is not one of the foreign key's own DEFERRABLE/INITIALLY attributes.</summary>
    private static IEnumerable<(int Offset, int End)> ColumnForeignKeys(JsonElement column, List<Element> elements, IReadOnlySet<int> constraintOffsets)
    {
        var constraints = column.Items("constraints").Select(c => c.As("Constraint")).OfType<JsonElement>().ToList();
        var elementEnd = elements.FirstOrDefault(e => e.Start <= (column.Location() ?? -1) && (column.Location() ?? -1) < e.End).End;
        for (var i = 0; i < constraints.Count; i++)
        {
            if (constraints[i].String("contype") != "CONSTR_FOREIGN" || constraints[i].Location() is not { } offset || !constraintOffsets.Contains(offset))
            {
                continue;
            }

            var next = constraints.Skip(i + 1).FirstOrDefault(c => !AttributeConstraints.Contains(c.String("contype") ?? string.Empty));
            yield return (offset, next.ValueKind == JsonValueKind.Object && next.Location() is { } nextStart ? nextStart : elementEnd);
        }
    }

    /// <summary>The table elements between the parentheses after the table name, split at top-level commas.</summary>
    private static List<Element> Elements(byte[] utf8, List<ScanToken> tokens, int open)
    {
        var elements = new List<Element>();
        var depth = 0;
        var first = -1;
        var last = -1;
        for (var i = open + 1; i < tokens.Count; i++)
        {
            var text = Text(utf8, tokens[i]);
            if (depth == 0 && (text == "," || text == ")"))
            {
                if (first >= 0)
                {
                    elements.Add(new Element(tokens[first].Start, tokens[last].End));
                }

                first = -1;
                if (text == ")")
                {
                    break;
                }

                continue;
            }

            depth += text == "(" ? 1 : text == ")" ? -1 : 0;
            if (first < 0)
            {
                first = i;
            }

            last = i;
        }

        return elements;
    }

    /// <summary>Deletes each run of removed elements with the comma before it (or, at the start of the
    /// list, the comma after it), so the remaining list stays well formed.</summary>
    private static bool AddElementDeletions(List<Element> elements, SortedSet<int> removed, List<(int Start, int End)> deletions)
    {
        if (removed.Count == 0)
        {
            return true;
        }

        if (removed.Count == elements.Count)
        {
            return false;
        }

        var runs = new List<(int From, int To)>();
        foreach (var index in removed)
        {
            if (runs.Count > 0 && runs[^1].To == index - 1)
            {
                runs[^1] = (runs[^1].From, index);
            }
            else
            {
                runs.Add((index, index));
            }
        }

        foreach (var (from, to) in runs)
        {
            deletions.Add(from > 0
                ? (elements[from - 1].End, elements[to].End)
                : (elements[from].Start, elements[to + 1].Start));
        }

        return true;
    }

    private static string Delete(byte[] utf8, List<(int Start, int End)> deletions)
    {
        var kept = new List<byte>(utf8.Length);
        var position = 0;
        foreach (var (start, end) in deletions.OrderBy(d => d.Start))
        {
            if (start > position)
            {
                kept.AddRange(utf8.AsSpan(position, start - position));
            }

            position = Math.Max(position, end);
        }

        kept.AddRange(utf8.AsSpan(position));
        return Encoding.UTF8.GetString([.. kept]);
    }

    private static string Text(byte[] utf8, ScanToken token) => Slice(utf8, token.Start, token.End);

    private static string Slice(byte[] utf8, int start, int end) => Encoding.UTF8.GetString(utf8, start, Math.Max(0, end - start));
}
