using Npgsql;
using SurveySchema.Server;

namespace SurveySchema.IntegrationTests.Foundation;

/// <summary><c>schema/</c> stands on its own and equals the head of the revision chain.</summary>
public sealed class DeclaredSchemaTests
{
    [Test]
    public async Task SchemaFolderAppliesToAnEmptyDatabase()
    {
        await using var database = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        Assert.That(await CatalogProbe.TablesAsync(connection), Is.Empty, "the empty template holds tables");

        await DeclaredSchema.ApplyAsync(connection);

        var tables = await CatalogProbe.TablesAsync(connection);
        Assert.Multiple(() =>
        {
            Assert.That(DeclaredSchema.TableFiles, Has.Count.EqualTo(10), "one file per table");
            Assert.That(tables, Has.Count.EqualTo(10));
        });
    }

    [Test]
    public async Task SchemaFolderEqualsTheRevisionChainHead()
    {
        var declared = await ShapeOfAsync(SchemaSource.Declared);
        var chain = await ShapeOfAsync(SchemaSource.RevisionChain);

        Assert.Multiple(() =>
        {
            Assert.That(declared, Has.Count.GreaterThan(200), "columns, comments, constraints and indexes compared");
            Assert.That(declared.Except(chain), Is.Empty, "only in schema/");
            Assert.That(chain.Except(declared), Is.Empty, "only in the revision chain");
            Assert.That(declared, Is.EqualTo(chain));
        });
    }

    private static async Task<IReadOnlyList<string>> ShapeOfAsync(SchemaSource source)
    {
        await using var built = await BuiltSurveyDatabase.CreateAsync(source);
        await using var connection = await built.DataSource.OpenConnectionAsync();
        return await CatalogProbe.ShapeAsync(connection);
    }
}
