using System.Text;
using System.Text.Json;
using SurveySchema.Parsing.Native;
using SurveySchema.Parsing.Statements;

namespace SurveySchema.Parsing.Dependencies;

/// <summary>What one statement creates and references, read from its parse tree. Statement kinds
/// without a case here (CREATE CAST, CREATE LANGUAGE…) create nothing the checks need.</summary>
internal static class DependencyExtractor
{
    /// <param name="nodeType">The statement node's type, e.g. <c>CreateStmt</c>.</param>
    /// <param name="body">The statement node's body.</param>
    /// <param name="defaultSchema">The schema of unqualified names.</param>
    /// <param name="readFunctionBodies">Whether to parse LANGUAGE sql function bodies for the relations
    /// they use (PostgreSQL validates such bodies when the function is created).</param>
    public static StatementFacts Extract(string nodeType, JsonElement body, string defaultSchema = SchemaObjectName.DefaultSchema, bool readFunctionBodies = true)
    {
        var facts = new FactsBuilder(defaultSchema);
        switch (nodeType)
        {
            case "CreateStmt":
                TableFacts.CreateTable(facts, body, SchemaObjectKind.Table);
                break;
            case "CreateForeignTableStmt" when body.Field("base") is { } table:
                TableFacts.CreateTable(facts, table, SchemaObjectKind.ForeignTable);
                break;
            case "AlterTableStmt":
                TableFacts.AlterTable(facts, body);
                break;
            case "IndexStmt":
                Index(facts, body);
                break;
            case "CreateSeqStmt" when body.Field("sequence") is { } sequence:
                CreateRelation(facts, sequence, SchemaObjectKind.Sequence);
                SequenceOptions(facts, body);
                break;
            case "AlterSeqStmt" when body.Field("sequence") is { } sequence:
                facts.ReferenceRelation(sequence);
                SequenceOptions(facts, body);
                break;
            case "ViewStmt" when body.Field("view") is { } view:
                CreateRelation(facts, view, SchemaObjectKind.View);
                ExpressionWalker.Walk(facts, body.Field("query"));
                break;
            case "CreateTableAsStmt" when body.Field("into")?.Field("rel") is { } relation:
                CreateRelation(facts, relation, body.String("objtype") == "OBJECT_MATVIEW" ? SchemaObjectKind.MaterializedView : SchemaObjectKind.Table);
                ExpressionWalker.Walk(facts, body.Field("query"));
                break;
            case "CreateFunctionStmt":
                RoutineFacts.CreateFunction(facts, body, readFunctionBodies);
                break;
            case "DefineStmt":
                RoutineFacts.Define(facts, body);
                break;
            case "CreateTrigStmt":
                Trigger(facts, body);
                break;
            case "CreatePolicyStmt" when body.Field("table") is { } table:
                facts.Create(TableScoped(facts, table, SchemaObjectKind.Policy, body.String("policy_name")), table.Location());
                facts.ReferenceRelation(table);
                ExpressionWalker.Walk(facts, body.Field("qual"));
                ExpressionWalker.Walk(facts, body.Field("with_check"));
                Roles(facts, body.Items("roles"));
                break;
            case "RuleStmt" when body.Field("relation") is { } table:
                facts.Create(TableScoped(facts, table, SchemaObjectKind.Rule, body.String("rulename")), table.Location());
                facts.ReferenceRelation(table);
                ExpressionWalker.Walk(facts, body.Field("whereClause"));
                ExpressionWalker.Walk(facts, body.Field("actions"));
                break;
            case "CreateSchemaStmt":
                Schema(facts, body, readFunctionBodies);
                break;
            case "CreateExtensionStmt" when body.String("extname") is { } extension:
                facts.Create(new SchemaObjectName(SchemaObjectKind.Extension, null, extension), null);
                facts.ReferenceSchema(ExtensionOption(body, "schema"), null);
                break;
            case "CreateEnumStmt":
                CreateType(facts, body.Items("typeName").Names(), null);
                break;
            case "CreateRangeStmt":
                CreateType(facts, body.Items("typeName").Names(), null);
                ExpressionWalker.Walk(facts, body.Items("params").FirstOrDefault(p => p.As("DefElem")?.String("defname") == "subtype"));
                break;
            case "CreateDomainStmt":
                CreateType(facts, body.Items("domainname").Names(), null);
                ExpressionWalker.Walk(facts, body.Field("typeName"));
                ExpressionWalker.Walk(facts, body.Field("constraints"));
                break;
            case "CompositeTypeStmt" when body.Field("typevar") is { } typeVar:
                facts.Create(new SchemaObjectName(SchemaObjectKind.Type, typeVar.String("schemaname") ?? facts.DefaultSchema, typeVar.String("relname") ?? string.Empty), typeVar.Location());
                facts.ReferenceSchema(typeVar.String("schemaname"), typeVar.Location());
                ExpressionWalker.Walk(facts, body.Field("coldeflist"));
                break;
            case "CreateRoleStmt" when body.String("role") is { } role:
                facts.Create(new SchemaObjectName(SchemaObjectKind.Role, null, role), null);
                break;
            case "CreateStatsStmt":
                facts.Create(facts.Qualified(body.Items("defnames").Names(), SchemaObjectKind.Other, "statistics"), null);
                ExpressionWalker.Walk(facts, body.Field("relations"));
                break;
            case "CommentStmt":
                ObjectDesignation.Reference(facts, body.String("objtype"), body.Field("object"));
                break;
            case "GrantStmt":
                Grant(facts, body);
                break;
            case "GrantRoleStmt":
                Roles(facts, body.Items("granted_roles"));
                Roles(facts, body.Items("grantee_roles"));
                break;
            case "AlterDefaultPrivilegesStmt":
                foreach (var option in body.Items("options").Select(o => o.As("DefElem")).OfType<JsonElement>())
                {
                    if (option.String("defname") == "schemas" && option.Field("arg") is { } schemas)
                    {
                        foreach (var schema in schemas.ListItems().Names())
                        {
                            facts.ReferenceSchema(schema, option.Location());
                        }
                    }
                }

                break;
            case "AlterOwnerStmt":
                ObjectDesignation.Reference(facts, body.String("objectType"), body.Field("object") ?? body.Field("relation"));
                if (body.Field("newowner") is { } owner)
                {
                    facts.ReferenceRole(owner);
                }

                break;
        }

        CollationFacts.ReferenceCollations(facts, body);
        return facts.Build();
    }

    /// <summary>The value of a <c>WITH (name value)</c> option of CREATE EXTENSION (schema, version).</summary>
    internal static string? ExtensionOption(JsonElement createExtension, string name)
        => createExtension.Items("options")
            .Select(option => option.As("DefElem"))
            .OfType<JsonElement>()
            .Where(option => option.String("defname") == name)
            .Select(option => option.Field("arg")?.StringValue())
            .FirstOrDefault();

    private static void CreateRelation(FactsBuilder facts, JsonElement rangeVar, SchemaObjectKind kind)
    {
        facts.Create(facts.Relation(rangeVar, kind), rangeVar.Location());
        facts.ReferenceSchema(rangeVar.String("schemaname"), rangeVar.Location());
    }

    private static void CreateType(FactsBuilder facts, IReadOnlyList<string> names, int? offset)
    {
        facts.Create(facts.Qualified(names, SchemaObjectKind.Type), offset);
        if (names.Count > 1)
        {
            facts.ReferenceSchema(names[^2], offset);
        }
    }

    private static SchemaObjectName TableScoped(FactsBuilder facts, JsonElement table, SchemaObjectKind kind, string? name)
    {
        var relation = facts.Relation(table);
        return new SchemaObjectName(kind, relation.Schema, name ?? string.Empty, relation.QualifiedName);
    }

    private static void Index(FactsBuilder facts, JsonElement index)
    {
        if (index.Field("relation") is not { } relation)
        {
            return;
        }

        var table = facts.Relation(relation);
        facts.ReferenceRelation(relation);
        if (index.String("idxname") is { } name)
        {
            facts.Create(new SchemaObjectName(SchemaObjectKind.Index, table.Schema, name), relation.Location());
        }
        else
        {
            var columns = index.Items("indexParams").Select(p => p.As("IndexElem")?.String("name") ?? "expr").ToList();
            facts.Create(new SchemaObjectName(SchemaObjectKind.Index, table.Schema, TableFacts.DefaultName(table, columns, "idx")), relation.Location(), isImplicit: true);
        }

        ExpressionWalker.Walk(facts, index.Field("indexParams"));
        ExpressionWalker.Walk(facts, index.Field("indexIncludingParams"));
        ExpressionWalker.Walk(facts, index.Field("whereClause"));
    }

    private static void SequenceOptions(FactsBuilder facts, JsonElement sequence)
    {
        foreach (var option in sequence.Items("options").Select(o => o.As("DefElem")).OfType<JsonElement>())
        {
            switch (option.String("defname"))
            {
                case "owned_by" when option.Field("arg") is { } owner:
                    var names = owner.ListItems().Names();
                    if (names.Count >= 2)
                    {
                        var table = names.Take(names.Count - 1).ToList();
                        facts.Reference(new ObjectReference(facts.Qualified(table, SchemaObjectKind.Table), option.Location())
                        {
                            IsUnqualified = FactsBuilder.IsUnqualified(table),
                        });
                    }

                    break;
                case "as":
                    ExpressionWalker.Walk(facts, option.Field("arg"));
                    break;
            }
        }
    }

    private static void Trigger(FactsBuilder facts, JsonElement trigger)
    {
        if (trigger.Field("relation") is not { } table)
        {
            return;
        }

        facts.Create(TableScoped(facts, table, SchemaObjectKind.Trigger, trigger.String("trigname")), table.Location());
        facts.ReferenceRelation(table);
        facts.ReferenceFunction(trigger.Items("funcname").Names(), null);
        if (trigger.Field("constrrel") is { } referenced)
        {
            facts.ReferenceRelation(referenced);
        }

        ExpressionWalker.Walk(facts, trigger.Field("whenClause"));
    }

    private static void Schema(FactsBuilder facts, JsonElement schema, bool readFunctionBodies)
    {
        if (schema.String("schemaname") is not { } name)
        {
            return;
        }

        facts.Create(new SchemaObjectName(SchemaObjectKind.Schema, null, name), null);

        // CREATE SCHEMA s CREATE TABLE t …: the elements are created inside s.
        foreach (var element in schema.Items("schemaElts"))
        {
            if (element.TryUnwrap(out var type, out var body))
            {
                var inner = Extract(type, body, name, readFunctionBodies);
                foreach (var created in inner.Creates)
                {
                    facts.Create(created.Name, created.Offset, created.Implicit);
                }

                foreach (var reference in inner.References.Where(r => !(r.Target.Kind == SchemaObjectKind.Schema && r.Target.Name == name)))
                {
                    facts.Reference(reference);
                }
            }
        }
    }

    private static void Grant(FactsBuilder facts, JsonElement grant)
    {
        var objectType = grant.String("objtype");
        switch (grant.String("targtype"))
        {
            case "ACL_TARGET_OBJECT":
                foreach (var item in grant.Items("objects"))
                {
                    ObjectDesignation.Reference(facts, objectType, item);
                }

                break;
            case "ACL_TARGET_ALL_IN_SCHEMA":
                foreach (var schema in grant.Items("objects").Names())
                {
                    facts.ReferenceSchema(schema, null);
                }

                break;
        }

        Roles(facts, grant.Items("grantees"));
    }

    private static void Roles(FactsBuilder facts, IEnumerable<JsonElement> roles)
    {
        foreach (var role in roles)
        {
            if (role.As("RoleSpec") is { } spec)
            {
                facts.ReferenceRole(spec);
            }
            else if (role.As("AccessPriv")?.String("priv_name") is { } granted)
            {
                facts.Reference(new SchemaObjectName(SchemaObjectKind.Role, null, granted), null, ReferenceCheck.OrderingOnly);
            }
        }
    }

    /// <summary>Parses the text of a LANGUAGE sql body and records the relations and functions it uses,
    /// for ordering only (offsets inside a string body are not the statement's).</summary>
    internal static void WalkSqlBody(FactsBuilder facts, string body)
    {
        var (tree, failure) = PgQuery.Parse(Encoding.UTF8.GetBytes(body));
        using (tree)
        {
            if (failure is not null || tree is null)
            {
                return;
            }

            var bodyFacts = new FactsBuilder(facts.DefaultSchema);
            foreach (var statement in tree.RootElement.Items("stmts"))
            {
                ExpressionWalker.Walk(bodyFacts, statement.Field("stmt"), ReferenceCheck.OrderingOnly);
            }

            foreach (var reference in bodyFacts.Build().References)
            {
                facts.Reference(reference with { Offset = null });
            }
        }
    }
}
