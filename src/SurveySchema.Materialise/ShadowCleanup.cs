using Npgsql;
using SurveySchema.Server;

namespace SurveySchema.Materialise;

/// <summary>Drops a shadow database however its build ended.</summary>
/// <remarks>
/// A build that failed with "out of shared memory" (53200: the server's lock table is full, DESIGN.md's scale
/// facts) leaves the server short of lock space until the failed session has released its thousands of
/// locks, which it does after reporting the error: a DROP DATABASE sent at once can hit the same error. Such
/// errors are transient, so the drop is retried for a few seconds before giving up; a shadow database must
/// not outlive its build.
/// </remarks>
internal static class ShadowCleanup
{
    private const int Attempts = 6;

    /// <exception cref="PostgresException">The database could still not be dropped after the retries.</exception>
    public static async Task DropAsync(ScratchDatabase shadow)
    {
        try
        {
            await shadow.DisposeAsync().ConfigureAwait(false);
            return;
        }
        catch (PostgresException exception) when (IsTransient(exception))
        {
            // Retried below; the ScratchDatabase counts as disposed already and would not try again.
        }

        for (var attempt = 1; ; attempt++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250 * attempt)).ConfigureAwait(false);
            try
            {
                await using var connection = new NpgsqlConnection(shadow.Server.AdminConnectionString);
                await connection.OpenAsync().ConfigureAwait(false);
                var name = "\"" + shadow.Name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync().ConfigureAwait(false);
                return;
            }
            catch (PostgresException exception) when (IsTransient(exception) && attempt < Attempts)
            {
            }
        }
    }

    /// <summary>Out of shared memory or lock space, or another session still connected.</summary>
    private static bool IsTransient(PostgresException exception) =>
        exception.SqlState is PostgresErrorCodes.OutOfMemory or PostgresErrorCodes.ObjectInUse
            or PostgresErrorCodes.LockNotAvailable;
}
