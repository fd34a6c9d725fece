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
    IReadOnlyList<PrivilegeRow> Privileges,
    IReadOnlyList<AggregateRow> Aggregates,
    IReadOnlyList<CollationRow> Collations,
    IReadOnlyList<DependencyRow> Dependencies)
{
    /// <summary>ALTER DEFAULT PRIVILEGES entries (Queries/default_privileges.sql).</summary>
    public IReadOnlyList<DefaultPrivilegeRow> DefaultPrivileges { get; init; } = [];

    /// <summary>The roles <see cref="CatalogOptions.Roles"/> names (Queries/roles.sql); none when it names none.</summary>
    public IReadOnlyList<RoleRow> Roles { get; init; } = [];

    /// <summary>Runs the sixteen queries on one session: the first ones pick the schemas, relations,
    /// sequences and functions that are covered, the later ones read only what lives on those (passed as
    /// OID arrays). So the number of round trips is fixed, whatever the number of tables.</summary>
    public static Task<CatalogSnapshot> ReadAsync(CatalogSession session, CatalogOptions options) =>
        ReadOnOneOrMoreAsync(session, options, readElsewhere: null);

    /// <summary>As <see cref="ReadAsync(CatalogSession, CatalogOptions)"/>, but the columns and indexes, the two
    /// heaviest queries, come from <paramref name="readColumnsAndIndexes"/> (other connections that share this
    /// session's snapshot) while this session reads the rest, the constraints last.</summary>
    /// <remarks>The constraints, the third heaviest, were read after the columns on another connection: that one
    /// then ran alone for half a second at 5 000 tables after this one had finished.</remarks>
    public static Task<CatalogSnapshot> ReadAsync(
        CatalogSession session, CatalogOptions options, Func<OidArray, Task<ColumnsAndIndexes>> readColumnsAndIndexes) =>
        ReadOnOneOrMoreAsync(session, options, readColumnsAndIndexes);

    private static async Task<CatalogSnapshot> ReadOnOneOrMoreAsync(
        CatalogSession session, CatalogOptions options, Func<OidArray, Task<ColumnsAndIndexes>>? readElsewhere)
    {
        var schemas = await session.QueryAsync<SchemaRow>(CatalogQuery.Schemas, new
        {
            include = options.IncludeSchemas.ToArray(),
            exclude = options.ExcludeSchemas.ToArray(),
        });
        var namespaces = new OidArray(schemas.Select(s => s.Oid));
        var relationRows = await session.QueryAsync<RelationRow>(CatalogQuery.Relations, new { namespaces });
        var relations = new OidArray(relationRows.Select(r => r.Oid));

        // One session runs one command at a time: on their own, the table objects are read right here.
        var elsewhere = readElsewhere?.Invoke(relations);
        var tableObjects = elsewhere is null ? await TableObjects.ReadAsync(session, relations) : null;

        var extensions = await session.QueryAsync<ExtensionRow>(CatalogQuery.Extensions, new { namespaces });
        var sequenceRows = await session.QueryAsync<SequenceRow>(CatalogQuery.Sequences, new { namespaces });
        var functionRows = await session.QueryAsync<FunctionRow>(CatalogQuery.Functions, new { namespaces });
        var types = await session.QueryAsync<TypeRow>(CatalogQuery.Types, new { namespaces });
        var aggregateRows = await session.QueryAsync<AggregateRow>(CatalogQuery.Aggregates, new { namespaces });
        var collations = await session.QueryAsync<CollationRow>(CatalogQuery.Collations, new { namespaces });
        var triggers = await session.QueryAsync<TriggerRow>(CatalogQuery.Triggers, new { relations });
        var policies = await session.QueryAsync<PolicyRow>(CatalogQuery.Policies, new { relations });
        var privileges = await session.QueryAsync<PrivilegeRow>(CatalogQuery.Privileges, new
        {
            namespaces,
            relations,
            sequences = new OidArray(sequenceRows.Select(s => s.Oid)),
            functions = new OidArray(functionRows.Select(f => f.Oid).Concat(aggregateRows.Select(a => a.Oid))),
            types = new OidArray(types.Select(t => t.Oid)),
        });
        var dependencies = await session.QueryAsync<DependencyRow>(CatalogQuery.Dependencies, new { namespaces });
        var defaultPrivileges = await session.QueryAsync<DefaultPrivilegeRow>(CatalogQuery.DefaultPrivileges, new { namespaces });
        var roles = options.Roles.IsEmpty
            ? []
            : await session.QueryAsync<RoleRow>(CatalogQuery.Roles, new { roles = options.Roles.ToArray() });
        if (elsewhere is not null)
        {
            var constraintRows = await TableObjects.ReadConstraintsAsync(session, relations);
            var (columnRows, indexRows) = await elsewhere;
            tableObjects = new TableObjects(columnRows, constraintRows, indexRows);
        }

        var (columns, constraints, indexes) = tableObjects!;

        return new CatalogSnapshot(
            schemas, extensions, relationRows, sequenceRows, functionRows, types,
            columns, constraints, indexes, triggers, policies, privileges, aggregateRows, collations, dependencies)
        {
            DefaultPrivileges = defaultPrivileges,
            Roles = roles,
        };
    }
}

/// <summary>The rows of the two heaviest queries, read on connections of their own.</summary>
internal sealed record ColumnsAndIndexes(IReadOnlyList<ColumnRow> Columns, IReadOnlyList<IndexRow> Indexes);

/// <summary>The rows of the three heaviest queries, the ones that deparse every column default, constraint
/// and index (pg_get_expr, pg_get_constraintdef, pg_get_indexdef).</summary>
internal sealed record TableObjects(
    IReadOnlyList<ColumnRow> Columns,
    IReadOnlyList<ConstraintRow> Constraints,
    IReadOnlyList<IndexRow> Indexes)
{
    /// <summary>Reads all three on one session, one after the other.</summary>
    public static async Task<TableObjects> ReadAsync(CatalogSession session, OidArray relations) =>
        new(await ReadColumnsAsync(session, relations), await ReadConstraintsAsync(session, relations), await ReadIndexesAsync(session, relations));

    public static Task<IReadOnlyList<ColumnRow>> ReadColumnsAsync(CatalogSession session, OidArray relations) =>
        session.QueryAsync<ColumnRow>(CatalogQuery.Columns, new { relations });

    public static Task<IReadOnlyList<ConstraintRow>> ReadConstraintsAsync(CatalogSession session, OidArray relations) =>
        session.QueryAsync<ConstraintRow>(CatalogQuery.Constraints, new { relations });

    public static Task<IReadOnlyList<IndexRow>> ReadIndexesAsync(CatalogSession session, OidArray relations) =>
        session.QueryAsync<IndexRow>(CatalogQuery.Indexes, new { relations });
}
