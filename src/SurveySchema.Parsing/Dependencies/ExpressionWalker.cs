using System.Text;
using System.Text.Json;
using SurveySchema.Parsing.Statements;

namespace SurveySchema.Parsing.Dependencies;

/// <summary>Finds what an expression or query uses, wherever the grammar nested it: relations in FROM
/// (RangeVar), functions called (FuncCall), types named in casts and definitions (TypeName), and the
/// sequences or relations named by string constants PostgreSQL resolves at run time
/// (<c>nextval('seq')</c>, <c>'t'::regclass</c>).</summary>
internal static class ExpressionWalker
{
    private static readonly HashSet<string> SequenceFunctions = new(StringComparer.Ordinal) { "nextval", "currval", "setval" };

    /// <summary>Bare TypeName bodies sit in fields with these names; elsewhere a TypeName is wrapped.</summary>
    private static readonly HashSet<string> TypeNameFields = new(StringComparer.Ordinal) { "TypeName", "typeName", "returnType", "argType", "ofTypename" };

    public static void Walk(FactsBuilder facts, JsonElement? subtree, ReferenceCheck check = ReferenceCheck.MustExist)
    {
        if (subtree is not { } root)
        {
            return;
        }

        foreach (var (name, value) in root.MayContain("\"CommonTableExpr\""u8) ? root.Descendants() : [])
        {
            if (name == "CommonTableExpr" && value.String("ctename") is { } cte)
            {
                facts.CommonTableExpressions.Add(cte);
            }
        }

        foreach (var (name, value) in root.Descendants())
        {
            if (value.ValueKind != JsonValueKind.Object || name is null)
            {
                continue;
            }

            if (name == "RangeVar")
            {
                var relation = value.String("relname");
                if (value.String("schemaname") is null && relation is not null && facts.CommonTableExpressions.Contains(relation))
                {
                    continue;
                }

                facts.ReferenceRelation(value, check);
            }
            else if (name == "FuncCall")
            {
                FunctionCall(facts, value, check);
            }
            else if (name == "TypeCast")
            {
                RegclassConstant(facts, value, check);
            }
            else if (TypeNameFields.Contains(name) && value.Field("names") is not null)
            {
                facts.ReferenceType(value, check);
            }
        }
    }

    private static void FunctionCall(FactsBuilder facts, JsonElement call, ReferenceCheck check)
    {
        var names = call.Items("funcname").Names();
        if (names.Count == 0)
        {
            return;
        }

        facts.ReferenceFunction(names, call.Location(), check);

        // nextval('seq') names its sequence in a string constant; with an explicit ::regclass cast the
        // TypeCast branch sees it instead.
        if (SequenceFunctions.Contains(names[^1]) && call.Items("args").FirstOrDefault().As("A_Const") is { } constant
            && constant.Field("sval")?.String("sval") is { } sequence)
        {
            ReferenceNamedRelation(facts, sequence, constant.Location(), check);
        }
    }

    private static void RegclassConstant(FactsBuilder facts, JsonElement cast, ReferenceCheck check)
    {
        var typeNames = cast.Field("typeName") is { } typeName ? typeName.Items("names").Names() : [];
        if (typeNames.Count > 0 && typeNames[^1] == "regclass"
            && cast.Field("arg")?.As("A_Const") is { } constant && constant.Field("sval")?.String("sval") is { } relation)
        {
            ReferenceNamedRelation(facts, relation, constant.Location(), check);
        }
    }

    private static void ReferenceNamedRelation(FactsBuilder facts, string text, int? offset, ReferenceCheck check)
    {
        var names = SplitQualifiedName(text);
        if (names.Count is 1 or 2)
        {
            facts.Reference(new ObjectReference(facts.Qualified(names, SchemaObjectKind.Relation), offset, check)
            {
                IsUnqualified = names.Count == 1,
            });
        }
    }

    /// <summary>Reads <c>schema.name</c> as PostgreSQL's regclass input does: unquoted parts fold to
    /// lower case, double-quoted parts keep their case and <c>""</c> stands for a quote.</summary>
    internal static IReadOnlyList<string> SplitQualifiedName(string text)
    {
        var names = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == '.')
            {
                names.Add(current.ToString());
                current.Clear();
            }
            else if (!char.IsWhiteSpace(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
        }

        names.Add(current.ToString());
        return names;
    }
}
