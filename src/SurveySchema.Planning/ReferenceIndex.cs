using System.Text.RegularExpressions;
using SurveySchema.Diff;

namespace SurveySchema.Planning;

/// <summary>The objects of both models, so catalog text (defaults, view definitions, check expressions)
/// can be turned into dependency keys. The catalog qualifies every user object by schema, so a
/// <c>schema.name</c> token that names a known relation, type or function is a reference.</summary>
internal sealed partial class ReferenceIndex
{
    private readonly HashSet<QualifiedName> relations = [];
    private readonly HashSet<QualifiedName> types = [];
    private readonly HashSet<QualifiedName> functions = [];
    private readonly HashSet<QualifiedName> collations = [];
    private readonly Dictionary<QualifiedName, HashSet<string>> columns = [];
    private readonly Dictionary<ColumnReference, List<QualifiedName>> owned = [];

    public ReferenceIndex(params DatabaseModel[] models)
    {
        foreach (var model in models)
        {
            foreach (var table in model.Tables)
            {
                relations.Add(table.Name);
                Columns(table.Name).UnionWith(table.Columns.Select(c => c.Name));
            }

            foreach (var view in model.Views)
            {
                relations.Add(view.Name);
                Columns(view.Name).UnionWith(view.Columns.Select(c => c.Name));
            }

            relations.UnionWith(model.Sequences.Select(s => s.Name));
            types.UnionWith(model.Types.Select(t => t.Name));
            functions.UnionWith(model.Functions.Select(f => f.Name));
            functions.UnionWith(model.Aggregates.Select(a => a.Name));
            collations.UnionWith(model.Collations.Select(c => c.Name));
        }
    }

    /// <summary>A type that exists only while the plan runs (an enum renamed aside).</summary>
    public void AddType(QualifiedName name) => types.Add(name);

    /// <summary>Records which column owns which sequence in the model the plan starts from: dropping the column
    /// (or its table) drops the sequence too.</summary>
    public void AddOwners(DatabaseModel current)
    {
        foreach (var sequence in current.Sequences.Where(s => s.OwnedBy is not null))
        {
            if (!owned.TryGetValue(sequence.OwnedBy!, out var list))
            {
                list = [];
                owned.Add(sequence.OwnedBy!, list);
            }

            list.Add(sequence.Name);
        }
    }

    /// <summary>Keys of the sequences <paramref name="table"/>'s <paramref name="column"/> owns at the start. When a
    /// step moves one to another owner first, this only adds an ordering edge that was not needed.</summary>
    public IEnumerable<string> SequencesOwnedBy(QualifiedName table, string column) =>
        owned.TryGetValue(new ColumnReference(table, column), out var list) ? list.Select(Footprint.Relation) : [];

    /// <summary>Keys of the relations, types and functions <paramref name="text"/> names; with
    /// <paramref name="withColumns"/>, also the columns of those relations it mentions by name.</summary>
    public IEnumerable<string> KeysIn(string? text, bool withColumns = false, QualifiedName? self = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        var words = withColumns ? Words(text) : null;
        foreach (Match match in QualifiedPattern().Matches(text))
        {
            var name = new QualifiedName(Unquote(match.Groups[1].Value), Unquote(match.Groups[2].Value));
            if (relations.Contains(name) && name != self)
            {
                yield return Footprint.Relation(name);
                if (words is not null && columns.TryGetValue(name, out var known))
                {
                    foreach (var column in known.Where(words.Contains))
                    {
                        yield return Footprint.Column(name, column);
                    }
                }
            }

            if (types.Contains(name))
            {
                yield return Footprint.Type(name);
            }

            if (functions.Contains(name))
            {
                yield return Footprint.Function(name);
            }

            if (collations.Contains(name))
            {
                yield return Footprint.Collation(name);
            }
        }
    }

    /// <summary>Keys of the collations of both models that <paramref name="text"/> names (an index definition's
    /// <c>COLLATE public.x</c>, a column's collation).</summary>
    public IEnumerable<string> CollationsIn(string? text) => KeysIn(text).Where(Footprint.IsCollation);

    /// <summary>Keys of the columns of <paramref name="table"/> that <paramref name="text"/> mentions.</summary>
    public IEnumerable<string> ColumnsIn(string? text, QualifiedName table)
    {
        if (string.IsNullOrEmpty(text) || !columns.TryGetValue(table, out var known))
        {
            return [];
        }

        var words = Words(text);
        return known.Where(words.Contains).Select(c => Footprint.Column(table, c));
    }

    private HashSet<string> Columns(QualifiedName name)
    {
        if (!columns.TryGetValue(name, out var set))
        {
            set = [];
            columns.Add(name, set);
        }

        return set;
    }

    private static HashSet<string> Words(string text) =>
        [.. IdentifierPattern().Matches(text).Select(m => Unquote(m.Value))];

    private static string Unquote(string identifier) =>
        identifier.StartsWith('"') ? identifier[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal) : identifier;

    [GeneratedRegex("""("(?:[^"]|"")+"|[A-Za-z_][A-Za-z0-9_$]*)\.("(?:[^"]|"")+"|[A-Za-z_][A-Za-z0-9_$]*)""")]
    private static partial Regex QualifiedPattern();

    [GeneratedRegex("""("(?:[^"]|"")+"|[A-Za-z_][A-Za-z0-9_$]*)""")]
    private static partial Regex IdentifierPattern();
}
