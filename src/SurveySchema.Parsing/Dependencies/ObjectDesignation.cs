using System.Text.Json;
using SurveySchema.Parsing.Statements;

namespace SurveySchema.Parsing.Dependencies;

/// <summary>The object a COMMENT ON, GRANT or ALTER … OWNER TO statement designates, from its
/// <c>objtype</c> and the name shape the grammar uses for that kind (a name list, a RangeVar, a
/// TypeName, an ObjectWithArgs or a plain String).</summary>
internal static class ObjectDesignation
{
    public static void Reference(FactsBuilder facts, string? objectType, JsonElement? designation)
    {
        if (designation is not { } node)
        {
            return;
        }

        switch (objectType)
        {
            case "OBJECT_TABLE" or "OBJECT_VIEW" or "OBJECT_MATVIEW" or "OBJECT_SEQUENCE" or "OBJECT_INDEX" or "OBJECT_FOREIGN_TABLE":
                Relation(facts, node, 0);
                break;
            case "OBJECT_COLUMN":
                Relation(facts, node, 1);
                break;
            case "OBJECT_TABCONSTRAINT":
                TableScoped(facts, node, SchemaObjectKind.Constraint, ReferenceCheck.OrderingOnly);
                break;
            case "OBJECT_TRIGGER":
                TableScoped(facts, node, SchemaObjectKind.Trigger, ReferenceCheck.MustExist);
                break;
            case "OBJECT_POLICY":
                TableScoped(facts, node, SchemaObjectKind.Policy, ReferenceCheck.MustExist);
                break;
            case "OBJECT_RULE":
                TableScoped(facts, node, SchemaObjectKind.Rule, ReferenceCheck.MustExist);
                break;
            case "OBJECT_TYPE" or "OBJECT_DOMAIN":
                if (node.As("TypeName") is { } typeName)
                {
                    facts.ReferenceType(typeName);
                }
                else
                {
                    facts.ReferenceType(node.ListItems().Names(), null);
                }

                break;
            case "OBJECT_FUNCTION" or "OBJECT_PROCEDURE" or "OBJECT_ROUTINE" or "OBJECT_AGGREGATE":
                if (node.As("ObjectWithArgs") is { } function)
                {
                    facts.ReferenceFunction(function.Items("objname").Names(), null);
                }

                break;
            case "OBJECT_SCHEMA":
                facts.ReferenceSchema(node.StringValue(), null);
                break;
            case "OBJECT_COLLATION":
                facts.Reference(facts.Qualified(node.ListItems().Names(), SchemaObjectKind.Other, "collation"), null, ReferenceCheck.OrderingOnly);
                break;
            case "OBJECT_EXTENSION" when node.StringValue() is { } extension:
                facts.Reference(new SchemaObjectName(SchemaObjectKind.Extension, null, extension), null);
                break;
            case "OBJECT_ROLE" when node.StringValue() is { } role:
                facts.Reference(new SchemaObjectName(SchemaObjectKind.Role, null, role), null, ReferenceCheck.OrderingOnly);
                break;
        }
    }

    /// <summary>A relation named by a RangeVar or a name list; <paramref name="trailing"/> names after the
    /// relation's (a column's name) are dropped.</summary>
    private static void Relation(FactsBuilder facts, JsonElement node, int trailing)
    {
        if (node.As("RangeVar") is { } rangeVar)
        {
            facts.ReferenceRelation(rangeVar);
            return;
        }

        var names = node.ListItems().Names();
        if (names.Count > trailing)
        {
            var relation = names.Take(names.Count - trailing).ToList();
            facts.Reference(new ObjectReference(facts.Qualified(relation, SchemaObjectKind.Relation), null)
            {
                IsUnqualified = FactsBuilder.IsUnqualified(relation),
            });
        }
    }

    /// <summary><c>[schema,] table, name</c>: a constraint, trigger, policy or rule of a table.</summary>
    private static void TableScoped(FactsBuilder facts, JsonElement node, SchemaObjectKind kind, ReferenceCheck check)
    {
        var names = node.ListItems().Names();
        if (names.Count < 2)
        {
            return;
        }

        var table = facts.Qualified([.. names.Take(names.Count - 1)], SchemaObjectKind.Table);
        facts.Reference(table, null);
        facts.Reference(new SchemaObjectName(kind, table.Schema, names[^1], table.QualifiedName), null, check);
    }
}
