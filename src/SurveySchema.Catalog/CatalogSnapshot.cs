using SurveySchema.Catalog.Rows;

namespace SurveySchema.Catalog;

/// <summary>Everything the catalog queries returned, from one consistent snapshot, before it becomes a model.</summary>
internal sealed record CatalogSnapshot(
    IReadOnlyList<SchemaRow> Schemas,
    IReadOnlyList<ExtensionRow> Extensions,
    IReadOnlyList<RelationRow> Relations,
    IReadOnlyList<SequenceRow> Sequences,
    IReadOnlyList<FunctionRow> Functions,
    IReadOnlyList<TypeRow> Types,
    IReadOnlyList<ColumnRow> Columns,
    IReadOnlyList<ConstraintRow> Constraints,
    IReadOnlyList<IndexRow> Indexes,
    IReadOnlyList<TriggerRow> Triggers,
    IReadOnlyList<PolicyRow> Policies,
    IReadOnlyList<PrivilegeRow> Privileges)
{
    /// <summary>Runs the twelve queries in order: the first ones pick the schemas, relations, sequences
    /// and functions that are covered, the later ones read only what lives on those (passed as OID arrays).
    /// So the number of round trips is fixed, whatever the number of tables.</summary>
    public static async Task<CatalogSnapshot> ReadAsync(CatalogSession session, CatalogOptions options)
    {
        var schemas = await session.QueryAsync<SchemaRow>(CatalogQuery.Schemas, new
        {
            include = options.IncludeSchemas.ToArray(),
            exclude = options.ExcludeSchemas.ToArray(),
        });
        var namespaces = new OidArray(schemas.Select(s => s.Oid));
        var extensions = await session.QueryAsync<ExtensionRow>(CatalogQuery.Extensions, new { namespaces });
        var relationRows = await session.QueryAsync<RelationRow>(CatalogQuery.Relations, new { namespaces });
        var sequenceRows = await session.QueryAsync<SequenceRow>(CatalogQuery.Sequences, new { namespaces });
        var functionRows = await session.QueryAsync<FunctionRow>(CatalogQuery.Functions, new { namespaces });
        var types = await session.QueryAsync<TypeRow>(CatalogQuery.Types, new { namespaces });

        var relations = new OidArray(relationRows.Select(r => r.Oid));
        var columns = await session.QueryAsync<ColumnRow>(CatalogQuery.Columns, new { relations });
        var constraints = await session.QueryAsync<ConstraintRow>(CatalogQuery.Constraints, new { relations });
        var indexes = await session.QueryAsync<IndexRow>(CatalogQuery.Indexes, new { relations });
        var triggers = await session.QueryAsync<TriggerRow>(CatalogQuery.Triggers, new { relations });
        var policies = await session.QueryAsync<PolicyRow>(CatalogQuery.Policies, new { relations });
        var privileges = await session.QueryAsync<PrivilegeRow>(CatalogQuery.Privileges, new
        {
            namespaces,
            relations,
            sequences = new OidArray(sequenceRows.Select(s => s.Oid)),
            functions = new OidArray(functionRows.Select(f => f.Oid)),
        });

        return new CatalogSnapshot(
            schemas, extensions, relationRows, sequenceRows, functionRows, types,
            columns, constraints, indexes, triggers, policies, privileges);
    }
}
