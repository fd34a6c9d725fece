using Npgsql;

namespace SurveySchema.IntegrationTests.Foundation;

/// <summary>Runs a whole SQL file as one command in its own transaction, the way the revision runner
/// wraps each script; a failure rolls the whole file back.</summary>
internal static class SqlScript
{
    public static async Task ApplyAsync(NpgsqlConnection connection, string path, CancellationToken cancellationToken = default)
    {
        var text = await File.ReadAllTextAsync(path, cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            // Without parameters Npgsql sends the statements of a multi-statement text as one batch.
            await using var command = new NpgsqlCommand(text, connection, transaction);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException exception)
        {
            throw new SqlScriptException(path, exception);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
