using System.Text.Json;
using SurveySchema.Parsing.Statements;

namespace SurveySchema.Parsing.Dependencies;

/// <summary>References to collations (<c>COLLATE x</c> on a column, a domain, an index key or in an
/// expression) and to an aggregate's support functions and state types, so that a project's CREATE
/// COLLATION and CREATE FUNCTION run before the statements that use them, whatever the file order.</summary>
/// <remarks>Ordering only: a built-in collation (<c>"C"</c>, <c>und-x-icu</c>) or function is not declared by the
/// project and is no error.</remarks>
internal static class CollationFacts
{
    /// <summary>DefElem names of CREATE AGGREGATE that name a support function.</summary>
    private static readonly HashSet<string> SupportFunctions = new(StringComparer.Ordinal)
    {
        "sfunc", "finalfunc", "combinefunc", "serialfunc", "deserialfunc", "msfunc", "minvfunc", "mfinalfunc",
    };

    public static void ReferenceCollations(FactsBuilder facts, JsonElement body)
    {
        if (!body.MayContain("\"CollateClause\""u8) && !body.MayContain("\"collClause\""u8) && !body.MayContain("\"IndexElem\""u8))
        {
            return;
        }

        foreach (var (name, value) in body.Descendants())
        {
            var names = name switch
            {
                // A CollateClause in an expression is wrapped; a column's or domain's collClause is not.
                "CollateClause" or "collClause" => value.Items("collname").Names(),
                "IndexElem" => value.Items("collation").Names(),
                _ => [],
            };
            if (names.Count > 0)
            {
                facts.Reference(facts.Qualified(names, SchemaObjectKind.Other, "collation"), value.Location(), ReferenceCheck.OrderingOnly);
            }
        }
    }

    /// <summary>SFUNC, FINALFUNC, … (functions, whichever overload) and STYPE, MSTYPE (types) of CREATE AGGREGATE.</summary>
    public static void ReferenceAggregateSupport(FactsBuilder facts, JsonElement define)
    {
        foreach (var option in define.Items("definition").Select(d => d.As("DefElem")).OfType<JsonElement>())
        {
            var type = option.Field("arg")?.As("TypeName");
            if (type is null || option.String("defname") is not { } defname)
            {
                continue;
            }

            if (SupportFunctions.Contains(defname))
            {
                facts.ReferenceFunction(type.Value.Items("names").Names(), type.Value.Location(), ReferenceCheck.OrderingOnly);
            }
            else if (defname is "stype" or "mstype")
            {
                facts.ReferenceType(type.Value, ReferenceCheck.OrderingOnly);
            }
        }
    }
}
