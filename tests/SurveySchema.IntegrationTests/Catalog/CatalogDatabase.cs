using Npgsql;
using SurveySchema.Catalog;
using SurveySchema.Model;
using SurveySchema.Server;

namespace SurveySchema.IntegrationTests.Catalog;

/// <summary>A scratch database for one catalog test: created, filled with the test's DDL, read back.</summary>
internal sealed class CatalogDatabase : IAsyncDisposable
{
    private CatalogDatabase(ScratchDatabase database) => Database = database;

    public ScratchDatabase Database { get; }

    public string ConnectionString => Database.ConnectionString;

    public static async Task<CatalogDatabase> CreateAsync(string ddl, DatabaseTemplate template = DatabaseTemplate.PostGis)
    {
        var database = new CatalogDatabase(await TestServer.CreateDatabaseAsync(template));
        try
        {
            if (ddl.Length > 0)
            {
                await database.ExecuteAsync(ddl);
            }

            return database;
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public Task<DatabaseModel> ReadAsync(CatalogOptions? options = null) =>
        CatalogReader.ReadAsync(ConnectionString, options ?? CatalogOptions.Default, CancellationToken.None);

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}

/// <summary>Lookups that fail with a readable message instead of a bare InvalidOperationException.</summary>
internal static class ModelLookup
{
    public static Table Table(this DatabaseModel model, string schema, string name) =>
        model.Tables.SingleOrDefault(t => t.Name == new QualifiedName(schema, name))
        ?? throw new AssertionException($"table {schema}.{name} is not in the model; tables: {string.Join(", ", model.Tables.Select(t => t.Name))}");

    public static Column Column(this Table table, string name) =>
        table.Columns.SingleOrDefault(c => c.Name == name)
        ?? throw new AssertionException($"column {name} is not in {table.Name}; columns: {string.Join(", ", table.Columns.Select(c => c.Name))}");

    public static Constraint Constraint(this Table table, string name) =>
        table.Constraints.SingleOrDefault(c => c.Name == name)
        ?? throw new AssertionException($"constraint {name} is not on {table.Name}; constraints: {string.Join(", ", table.Constraints.Select(c => c.Name))}");

    public static TableIndex Index(this Table table, string name) =>
        table.Indexes.SingleOrDefault(c => c.Name == name)
        ?? throw new AssertionException($"index {name} is not on {table.Name}; indexes: {string.Join(", ", table.Indexes.Select(c => c.Name))}");

    public static View View(this DatabaseModel model, string schema, string name) =>
        model.Views.SingleOrDefault(t => t.Name == new QualifiedName(schema, name))
        ?? throw new AssertionException($"view {schema}.{name} is not in the model");

    public static UserDefinedType Type(this DatabaseModel model, string schema, string name) =>
        model.Types.SingleOrDefault(t => t.Name == new QualifiedName(schema, name))
        ?? throw new AssertionException($"type {schema}.{name} is not in the model; types: {string.Join(", ", model.Types.Select(t => t.Name))}");

    public static Sequence Sequence(this DatabaseModel model, string schema, string name) =>
        model.Sequences.SingleOrDefault(t => t.Name == new QualifiedName(schema, name))
        ?? throw new AssertionException($"sequence {schema}.{name} is not in the model; sequences: {string.Join(", ", model.Sequences.Select(t => t.Name))}");

    public static Function Function(this DatabaseModel model, string schema, string name) =>
        model.Functions.SingleOrDefault(t => t.Name == new QualifiedName(schema, name))
        ?? throw new AssertionException($"function {schema}.{name} is not in the model; functions: {string.Join(", ", model.Functions.Select(t => t.Signature))}");
}
