namespace SurveySchema.Model;

/// <summary>Writes a file so that a concurrent reader sees the old file or the new one, never half of one: the
/// content goes to a file beside it, which is then renamed over it (a rename within a folder is atomic).</summary>
public static class FileReplacement
{
    /// <param name="path">The file to replace (or create).</param>
    /// <param name="write">Writes the new content to the path it is given.</param>
    public static async Task ReplaceAsync(string path, Func<string, Task> write)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(write);
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            await write(temporary).ConfigureAwait(false);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
