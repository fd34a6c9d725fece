using Npgsql;

namespace SurveySchema.IntegrationTests.Foundation;

/// <summary>A statement of a SQL file failed; names the file, keeps the server's error.</summary>
internal sealed class SqlScriptException(string path, PostgresException inner)
    : Exception($"{path}: {inner.SqlState}: {inner.MessageText}", inner)
{
    public string Path { get; } = path;

    public PostgresException Postgres { get; } = inner;
}
