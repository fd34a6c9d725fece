using System.Text.Json;
using SurveySchema.Parsing.Statements;

namespace SurveySchema.Parsing.Dependencies;

/// <summary>Facts of CREATE TABLE and ALTER TABLE: the table, its constraints and the indexes they
/// build, column types, what defaults, checks and generated columns call, and foreign key targets.</summary>
internal static class TableFacts
{
    private static readonly HashSet<string> SerialTypes = new(StringComparer.Ordinal)
    {
        "serial", "serial4", "bigserial", "serial8", "smallserial", "serial2",
    };

    public static void CreateTable(FactsBuilder facts, JsonElement create, SchemaObjectKind kind)
    {
        if (create.Field("relation") is not { } relation)
        {
            return;
        }

        var table = facts.Relation(relation, kind);
        facts.Create(table, relation.Location());
        facts.ReferenceSchema(relation.String("schemaname"), relation.Location());

        foreach (var element in create.Items("tableElts"))
        {
            if (element.As("ColumnDef") is { } column)
            {
                Column(facts, table, column);
            }
            else if (element.As("Constraint") is { } constraint)
            {
                Constraint(facts, table, constraint, columnName: null, insideCreateTable: true);
            }
            else if (element.As("TableLikeClause") is { } like && like.Field("relation") is { } source)
            {
                facts.ReferenceRelation(source);
            }
        }

        foreach (var parent in create.Items("inhRelations"))
        {
            if (parent.As("RangeVar") is { } parentRelation)
            {
                facts.ReferenceRelation(parentRelation);
            }
        }

        if (create.Field("ofTypename") is { } ofType)
        {
            facts.ReferenceType(ofType);
        }

        ExpressionWalker.Walk(facts, create.Field("partspec"));
        ExpressionWalker.Walk(facts, create.Field("partbound"));
    }

    public static void AlterTable(FactsBuilder facts, JsonElement alter)
    {
        if (alter.Field("relation") is not { } relation)
        {
            return;
        }

        var table = facts.Relation(relation, SchemaObjectKind.Table);
        facts.ReferenceRelation(relation);
        foreach (var item in alter.Items("cmds"))
        {
            if (item.As("AlterTableCmd") is not { } command)
            {
                continue;
            }

            var definition = command.Field("def");
            switch (command.String("subtype"))
            {
                case "AT_AddConstraint" when definition?.As("Constraint") is { } constraint:
                    Constraint(facts, table, constraint, columnName: null, insideCreateTable: false);
                    break;
                case "AT_AddIdentity":
                    facts.Create(Sequence(table, command.String("name")), null, isImplicit: true);
                    break;
                case "AT_ChangeOwner" when command.Field("newowner") is { } owner:
                    facts.ReferenceRole(owner);
                    break;
                case "AT_AttachPartition" when definition?.As("PartitionCmd")?.Field("name") is { } partition:
                    facts.ReferenceRelation(partition);
                    break;
                case "AT_ColumnDefault" or "AT_SetExpression" or "AT_AddColumn" or "AT_AlterColumnType":
                    ExpressionWalker.Walk(facts, definition);
                    break;
            }
        }
    }

    private static void Column(FactsBuilder facts, SchemaObjectName table, JsonElement column)
    {
        var name = column.String("colname");
        if (column.Field("typeName") is { } typeName)
        {
            var names = typeName.Items("names").Names();
            if (names.Count == 1 && SerialTypes.Contains(names[0]))
            {
                // serial is a notation, not a type: PostgreSQL creates the sequence table_column_seq.
                facts.Create(Sequence(table, name), typeName.Location(), isImplicit: true);
            }
            else
            {
                facts.ReferenceType(typeName);
            }
        }

        foreach (var item in column.Items("constraints"))
        {
            if (item.As("Constraint") is { } constraint)
            {
                Constraint(facts, table, constraint, name, insideCreateTable: true);
            }
        }

        ExpressionWalker.Walk(facts, column.Field("raw_default"));
    }

    /// <summary>A constraint of <paramref name="table"/>; <paramref name="columnName"/> for a column constraint.
    /// Unnamed constraints get PostgreSQL's default name, as implicit objects.</summary>
    private static void Constraint(FactsBuilder facts, SchemaObjectName table, JsonElement constraint, string? columnName, bool insideCreateTable)
    {
        var given = constraint.String("conname");
        var location = constraint.Location();
        var columns = columnName is null ? [] : new[] { columnName };
        switch (constraint.String("contype"))
        {
            case "CONSTR_PRIMARY":
                ConstraintWithIndex(facts, table, given, location, $"{table.Name}_pkey");
                break;
            case "CONSTR_UNIQUE":
                ConstraintWithIndex(facts, table, given, location, DefaultName(table, Columns(constraint, "keys", columns), "key"));
                break;
            case "CONSTR_EXCLUSION":
                ConstraintWithIndex(facts, table, given, location, DefaultName(table, [], "excl"));
                ExpressionWalker.Walk(facts, constraint.Field("exclusions"));
                ExpressionWalker.Walk(facts, constraint.Field("where_clause"));
                break;
            case "CONSTR_FOREIGN":
                NamedConstraint(facts, table, given, location, DefaultName(table, Columns(constraint, "fk_attrs", columns), "fkey"));
                if (constraint.Field("pktable") is { } target)
                {
                    facts.Reference(new ObjectReference(facts.Relation(target, SchemaObjectKind.Table), target.Location())
                    {
                        ForeignKeyOffset = insideCreateTable ? location : null,
                        IsUnqualified = target.String("schemaname") is null,
                    });
                }

                break;
            case "CONSTR_CHECK":
                NamedConstraint(facts, table, given, location, DefaultName(table, columns, "check"));
                ExpressionWalker.Walk(facts, constraint.Field("raw_expr"));
                break;
            case "CONSTR_DEFAULT" or "CONSTR_GENERATED":
                ExpressionWalker.Walk(facts, constraint.Field("raw_expr"));
                break;
            case "CONSTR_IDENTITY":
                facts.Create(Sequence(table, columnName), location, isImplicit: true);
                break;
        }
    }

    private static void ConstraintWithIndex(FactsBuilder facts, SchemaObjectName table, string? given, int? location, string defaultName)
    {
        var name = given ?? defaultName;
        facts.Create(new SchemaObjectName(SchemaObjectKind.Constraint, table.Schema, name, table.QualifiedName), location, given is null);

        // A primary key, unique or exclusion constraint is backed by an index of the same name, which
        // shares the relation name space with tables, views and sequences of its schema.
        facts.Create(new SchemaObjectName(SchemaObjectKind.Index, table.Schema, name), location, given is null);
    }

    private static void NamedConstraint(FactsBuilder facts, SchemaObjectName table, string? given, int? location, string defaultName)
        => facts.Create(new SchemaObjectName(SchemaObjectKind.Constraint, table.Schema, given ?? defaultName, table.QualifiedName), location, given is null);

    private static IReadOnlyList<string> Columns(JsonElement constraint, string field, IReadOnlyList<string> columnConstraintColumns)
        => columnConstraintColumns.Count > 0 ? columnConstraintColumns : constraint.Items(field).Names();

    /// <summary>PostgreSQL's default constraint and index names: table, columns and a suffix joined by
    /// underscores (without the truncation to 63 bytes and the numbering on clashes, which only matter
    /// for implicit names that are never checked for duplicates).</summary>
    internal static string DefaultName(SchemaObjectName table, IReadOnlyList<string> columns, string suffix)
        => string.Join('_', [table.Name, .. columns, suffix]);

    internal static SchemaObjectName Sequence(SchemaObjectName table, string? column)
        => new(SchemaObjectKind.Sequence, table.Schema, DefaultName(table, column is null ? [] : [column], "seq"));
}
