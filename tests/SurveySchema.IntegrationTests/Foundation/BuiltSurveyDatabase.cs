using Npgsql;
using SurveySchema.Server;

namespace SurveySchema.IntegrationTests.Foundation;

/// <summary>A scratch database (from the empty template) with the Survey Data System built into it;
/// disposing it drops the database.</summary>
internal sealed class BuiltSurveyDatabase : IAsyncDisposable
{
    private BuiltSurveyDatabase(ScratchDatabase database, NpgsqlDataSource dataSource)
    {
        Database = database;
        DataSource = dataSource;
    }

    public ScratchDatabase Database { get; }

    /// <summary>Opened after the build, so that Npgsql's NetTopologySuite mapping finds the PostGIS types.</summary>
    public NpgsqlDataSource DataSource { get; }

    public static async Task<BuiltSurveyDatabase> CreateAsync(SchemaSource source)
    {
        var database = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);
        try
        {
            await using (var connection = new NpgsqlConnection(database.ConnectionString))
            {
                await connection.OpenAsync();
                await SurveyDatabase.BuildAsync(connection, source);
            }

            var builder = new NpgsqlDataSourceBuilder(database.ConnectionString);
            builder.UseNetTopologySuite();
            return new BuiltSurveyDatabase(database, builder.Build());
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        await Database.DisposeAsync();
    }
}
