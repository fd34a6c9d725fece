using System.Collections.Immutable;
using System.Text.Json;
using SurveySchema.Parsing.Statements;

namespace SurveySchema.Parsing.Dependencies;

/// <summary>Collects one statement's creates and references while an extractor walks its tree, and turns
/// the tree's name shapes (RangeVar, TypeName, name lists) into <see cref="SchemaObjectName"/>s.</summary>
internal sealed class FactsBuilder(string defaultSchema)
{
    private readonly ImmutableArray<CreatedObject>.Builder _creates = ImmutableArray.CreateBuilder<CreatedObject>();
    private readonly ImmutableArray<ObjectReference>.Builder _references = ImmutableArray.CreateBuilder<ObjectReference>();

    /// <summary>The schema of unqualified names: <c>public</c> for the project, the extension's schema
    /// while reading an extension's install script.</summary>
    public string DefaultSchema { get; } = defaultSchema;

    /// <summary>Names in the statement's WITH clauses, which FROM items may use like tables.</summary>
    public HashSet<string> CommonTableExpressions { get; } = new(StringComparer.Ordinal);

    public void Create(SchemaObjectName name, int? offset, bool isImplicit = false)
        => _creates.Add(new CreatedObject(name, offset, isImplicit));

    public void Reference(SchemaObjectName target, int? offset, ReferenceCheck check = ReferenceCheck.MustExist)
        => _references.Add(new ObjectReference(target, offset, check));

    public void Reference(ObjectReference reference) => _references.Add(reference);

    public StatementFacts Build() => new(_creates.ToImmutable(), _references.ToImmutable());

    /// <summary>The relation a RangeVar body names.</summary>
    public SchemaObjectName Relation(JsonElement rangeVar, SchemaObjectKind kind = SchemaObjectKind.Relation)
        => new(kind, rangeVar.String("schemaname") ?? DefaultSchema, rangeVar.String("relname") ?? string.Empty);

    /// <summary>An object named by a possibly qualified name list (<c>[schema,] name</c>).</summary>
    public SchemaObjectName Qualified(IReadOnlyList<string> names, SchemaObjectKind kind, string? label = null)
        => names.Count switch
        {
            0 => new SchemaObjectName(kind, DefaultSchema, string.Empty, Label: label),
            1 => new SchemaObjectName(kind, DefaultSchema, names[0], Label: label),
            _ => new SchemaObjectName(kind, names[^2], names[^1], Label: label),
        };

    /// <summary>Whether a name list is written without a schema (then PostgreSQL's search path decides,
    /// and built-in objects in pg_catalog are found first).</summary>
    public static bool IsUnqualified(IReadOnlyList<string> names) => names.Count <= 1;

    /// <summary>Records a reference to the type a TypeName body names. <c>table.column%TYPE</c> names a
    /// column, so it references the table instead.</summary>
    public void ReferenceType(JsonElement typeName, ReferenceCheck check = ReferenceCheck.MustExist)
    {
        var names = typeName.Items("names").Names();
        if (names.Count == 0)
        {
            return;
        }

        if (typeName.Bool("pct_type"))
        {
            if (names.Count >= 2)
            {
                Reference(Qualified([.. names.Take(names.Count - 1)], SchemaObjectKind.Relation), typeName.Location(), check);
            }

            return;
        }

        ReferenceType(names, typeName.Location(), check);
    }

    /// <summary>A type named by a name list. Unqualified names are marked so that the resolver lets a
    /// built-in type of that name satisfy them (pg_catalog comes first on every search path).</summary>
    public void ReferenceType(IReadOnlyList<string> names, int? offset, ReferenceCheck check = ReferenceCheck.MustExist)
        => Reference(new ObjectReference(Qualified(names, SchemaObjectKind.Type), offset, check) { IsUnqualified = IsUnqualified(names) });

    public void ReferenceFunction(IReadOnlyList<string> names, int? offset, ReferenceCheck check = ReferenceCheck.MustExist)
        => Reference(new ObjectReference(Qualified(names, SchemaObjectKind.Function), offset, check) { IsUnqualified = IsUnqualified(names) });

    /// <summary>A relation named by a RangeVar body in a query or a name list: unqualified names may be
    /// system catalogs.</summary>
    public void ReferenceRelation(JsonElement rangeVar, ReferenceCheck check = ReferenceCheck.MustExist)
        => Reference(new ObjectReference(Relation(rangeVar), rangeVar.Location(), check) { IsUnqualified = rangeVar.String("schemaname") is null });

    /// <summary>Records that <paramref name="schema"/> must exist when an object is created in it.</summary>
    public void ReferenceSchema(string? schema, int? offset)
    {
        if (schema is not null)
        {
            Reference(new SchemaObjectName(SchemaObjectKind.Schema, null, schema), offset);
        }
    }

    public void ReferenceRole(JsonElement roleSpec)
    {
        if (roleSpec.String("rolename") is { } role)
        {
            Reference(new SchemaObjectName(SchemaObjectKind.Role, null, role), roleSpec.Location(), ReferenceCheck.OrderingOnly);
        }
    }
}
