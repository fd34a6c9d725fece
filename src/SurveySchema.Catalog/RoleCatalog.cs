using Dapper;
using SurveySchema.Catalog.Building;
using SurveySchema.Catalog.Rows;
using SurveySchema.Model;

namespace SurveySchema.Catalog;

/// <summary>Reads named roles on their own: the live side of a comparison learns which roles to read only
/// once the desired model (whose declared roles they are) has been built.</summary>
public static class RoleCatalog
{
    /// <summary>The roles among <paramref name="names"/> that exist on the server, in canonical order; one
    /// query, nothing when <paramref name="names"/> is empty. Passwords are never read.</summary>
    public static async Task<EquatableArray<Role>> ReadAsync(
        string connectionString, IEnumerable<string> names, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        var wanted = names.Distinct(StringComparer.Ordinal).ToArray();
        if (wanted.Length == 0)
        {
            return [];
        }

        await using var dataSource = CatalogReader.CreateDataSource(connectionString);
        await using var connection = await CatalogReader.OpenAsync(dataSource, cancellationToken);
        var rows = await connection.QueryAsync<RoleRow>(new CommandDefinition(
            CatalogQuery.Roles.Sql, new { roles = wanted }, cancellationToken: cancellationToken));
        return (DatabaseModel.Empty with { Roles = SecurityBuilder.Roles(rows) }).ToCanonical().Roles;
    }
}
