using Dapper;
using SurveySchema.Model;

namespace SurveySchema.Catalog;

/// <summary>The planner's row estimates (<c>pg_class.reltuples</c>), read beside the model rather than in it: they
/// change with every ANALYZE, and the fingerprint must not.</summary>
public static class RowEstimates
{
    /// <summary>The estimate of every table that has been vacuumed or analysed at least once, in one query.</summary>
    public static async Task<IReadOnlyDictionary<QualifiedName, long>> ReadAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        await using var dataSource = CatalogReader.CreateDataSource(connectionString);
        await using var connection = await CatalogReader.OpenAsync(dataSource, cancellationToken);
        var rows = await connection.QueryAsync<(string Schema, string Name, long Rows)>(new CommandDefinition(
            CatalogQuery.RowEstimates.Sql, cancellationToken: cancellationToken));
        return rows.ToDictionary(row => new QualifiedName(row.Schema, row.Name), row => row.Rows);
    }
}
