using System.Text.Json;
using SurveySchema.Parsing.Statements;

namespace SurveySchema.Parsing.Dependencies;

/// <summary>Facts of CREATE FUNCTION / PROCEDURE and of DefineStmt (CREATE AGGREGATE, CREATE TYPE
/// with input/output functions, CREATE OPERATOR, COLLATION, TEXT SEARCH …).</summary>
internal static class RoutineFacts
{
    /// <summary>Parameter modes that are part of a function's identity; OUT and TABLE columns are not.</summary>
    private static readonly HashSet<string> InputModes = new(StringComparer.Ordinal)
    {
        "FUNC_PARAM_IN", "FUNC_PARAM_INOUT", "FUNC_PARAM_VARIADIC", "FUNC_PARAM_DEFAULT",
    };

    public static void CreateFunction(FactsBuilder facts, JsonElement function, bool readFunctionBodies)
    {
        var names = function.Items("funcname").Names();
        var parameters = function.Items("parameters").Select(p => p.As("FunctionParameter")).OfType<JsonElement>().ToList();
        var signature = string.Join(", ", parameters
            .Where(p => InputModes.Contains(p.String("mode") ?? "FUNC_PARAM_DEFAULT"))
            .Select(p => p.Field("argType") is { } type ? TypeText(type) : "?"));

        facts.Create(facts.Qualified(names, SchemaObjectKind.Function) with { Signature = signature }, null);
        if (names.Count > 1)
        {
            facts.ReferenceSchema(names[^2], null);
        }

        foreach (var parameter in parameters)
        {
            ExpressionWalker.Walk(facts, parameter);
        }

        if (function.Field("returnType") is { } returnType)
        {
            facts.ReferenceType(returnType);
        }

        // A BEGIN ATOMIC / RETURN body is parsed and bound when the function is created, so what it uses
        // must exist first; a string body in LANGUAGE sql is validated at creation too (check_function_bodies).
        ExpressionWalker.Walk(facts, function.Field("sql_body"));
        if (readFunctionBodies && Option(function, "language")?.StringValue() == "sql"
            && Option(function, "as")?.ListItems().Names() is [var body])
        {
            DependencyExtractor.WalkSqlBody(facts, body);
        }
    }

    public static void Define(FactsBuilder facts, JsonElement define)
    {
        var names = define.Items("defnames").Names();
        switch (define.String("kind"))
        {
            case "OBJECT_TYPE":
                facts.Create(facts.Qualified(names, SchemaObjectKind.Type), null);
                break;
            case "OBJECT_AGGREGATE":
                var arguments = define.Items("args").FirstOrDefault().ListItems()
                    .Select(a => a.As("FunctionParameter")?.Field("argType")).OfType<JsonElement>().ToList();
                facts.Create(facts.Qualified(names, SchemaObjectKind.Function) with { Signature = string.Join(", ", arguments.Select(TypeText)) }, null);
                foreach (var argument in arguments)
                {
                    facts.ReferenceType(argument);
                }

                CollationFacts.ReferenceAggregateSupport(facts, define);

                break;
            case { } kind:
                // Operators, collations, text search objects: declared, so duplicates are caught, but their
                // support functions are named in a shape (TypeName) that would read as types.
                var label = kind.Replace("OBJECT_", string.Empty, StringComparison.Ordinal).Replace('_', ' ').ToLowerInvariant();
                facts.Create(facts.Qualified(names, SchemaObjectKind.Other, label), null);
                break;
        }

        if (names.Count > 1)
        {
            facts.ReferenceSchema(names[^2], null);
        }
    }

    /// <summary>A type as written in a signature: the name without pg_catalog, plus <c>[]</c> per array
    /// dimension, so that <c>integer</c> and <c>int4</c> give the same signature.</summary>
    internal static string TypeText(JsonElement typeName)
    {
        var names = typeName.Items("names").Names();
        var shown = names.Count == 2 && names[0] == "pg_catalog" ? names[1] : string.Join('.', names);
        var dimensions = typeName.Items("arrayBounds").Count();
        return shown + string.Concat(Enumerable.Repeat("[]", dimensions)) + (typeName.Bool("setof") ? " setof" : string.Empty);
    }

    private static JsonElement? Option(JsonElement function, string name)
        => function.Items("options")
            .Select(o => o.As("DefElem"))
            .OfType<JsonElement>()
            .Where(o => o.String("defname") == name)
            .Select(o => o.Field("arg"))
            .FirstOrDefault();
}
