using SurveySchema.Catalog.Rows;
using SurveySchema.Model;

namespace SurveySchema.Catalog.Building;

/// <summary>Turns dependencies.sql's rows into the model's typed edges.</summary>
internal static class DependencyBuilder
{
    public static EquatableArray<Dependency> Build(IEnumerable<DependencyRow> rows) =>
        [.. rows
            .Select(row => new Dependency(
                Ref(row.DependentKind, row.DependentSchema, row.DependentName, row.DependentMember),
                Ref(row.ReferencedKind, row.ReferencedSchema, row.ReferencedName, row.ReferencedMember)))
            .Distinct()
            .Order()];

    private static ObjectRef Ref(string kind, string schema, string name, string? member) =>
        new(Kind(kind), new QualifiedName(schema, name), member);

    private static ObjectRefKind Kind(string code) => code switch
    {
        "table" => ObjectRefKind.Table,
        "column" => ObjectRefKind.Column,
        "view" => ObjectRefKind.View,
        "materialized-view" => ObjectRefKind.MaterializedView,
        "sequence" => ObjectRefKind.Sequence,
        "index" => ObjectRefKind.Index,
        "constraint" => ObjectRefKind.Constraint,
        "trigger" => ObjectRefKind.Trigger,
        "policy" => ObjectRefKind.Policy,
        "type" => ObjectRefKind.Type,
        "function" => ObjectRefKind.Function,
        "procedure" => ObjectRefKind.Procedure,
        "aggregate" => ObjectRefKind.Aggregate,
        "collation" => ObjectRefKind.Collation,
        _ => throw new CatalogReadException($"dependencies.sql returned an object kind the reader does not know: '{code}'"),
    };
}
