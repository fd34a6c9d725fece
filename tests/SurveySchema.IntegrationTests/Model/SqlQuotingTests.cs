using Npgsql;
using SurveySchema.Model;
using SurveySchema.Server;

namespace SurveySchema.IntegrationTests.Model;

/// <summary>The one identifier and literal quoter, checked against PostgreSQL itself: its keyword list and
/// <c>quote_ident</c>, and what a quoted literal reads back as under both <c>standard_conforming_strings</c>.</summary>
[TestFixture]
public sealed class SqlQuotingTests
{
    [Test]
    public async Task Every_keyword_is_quoted_as_quote_ident_quotes_it()
    {
        await using var database = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT word, quote_ident(word) FROM pg_get_keywords()", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var differences = new List<string>();
        var count = 0;
        while (await reader.ReadAsync())
        {
            count++;
            var (word, quoted) = (reader.GetString(0), reader.GetString(1));
            if (SqlIdentifier.Quote(word) != quoted)
            {
                differences.Add($"{word}: PostgreSQL {quoted}, ours {SqlIdentifier.Quote(word)}");
            }
        }

        Assert.That(count, Is.GreaterThan(400));
        Assert.That(differences, Is.Empty);
    }

    [TestCase("projects")]
    [TestCase("Projects")]
    [TestCase("say \"hi\"")]
    [TestCase("\"")]
    [TestCase("my table")]
    [TestCase("1st")]
    [TestCase("é_中文_😀")]
    [TestCase("order")]
    public async Task A_quoted_name_is_the_name_and_spelled_as_quote_ident(string name)
    {
        await using var database = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand($"CREATE TABLE {SqlIdentifier.Quote(new QualifiedName("public", name))} ()", connection))
        {
            await create.ExecuteNonQueryAsync();
        }

        await using var read = new NpgsqlCommand("SELECT relname, quote_ident(relname) FROM pg_class WHERE relnamespace = 'public'::regnamespace", connection);
        await using var reader = await read.ExecuteReaderAsync();
        Assert.That(await reader.ReadAsync(), Is.True);
        Assert.That(reader.GetString(0), Is.EqualTo(name));
        Assert.That(SqlIdentifier.Quote(name), Is.EqualTo(reader.GetString(1)));
    }

    [TestCase("plain")]
    [TestCase("")]
    [TestCase("it's")]
    [TestCase(@"C:\new\table")]
    [TestCase(@"it's a \' trap")]
    [TestCase(@"\\")]
    [TestCase("é 中文 😀\r\n\t")]
    public async Task A_quoted_literal_reads_back_as_the_text_whatever_standard_conforming_strings_says(string text)
    {
        await using var database = await TestServer.CreateDatabaseAsync(DatabaseTemplate.Empty);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        foreach (var setting in new[] { "on", "off" })
        {
            await using (var set = new NpgsqlCommand($"SET standard_conforming_strings = {setting}", connection))
            {
                await set.ExecuteNonQueryAsync();
            }

            await using var command = new NpgsqlCommand($"SELECT {SqlLiteral.Quote(text)}::text", connection);
            Assert.That(await command.ExecuteScalarAsync(), Is.EqualTo(text), $"standard_conforming_strings = {setting}");
        }
    }
}
