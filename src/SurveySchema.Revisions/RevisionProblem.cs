namespace SurveySchema.Revisions;

/// <summary>Something wrong with the chain, a file or the target's history, as a value: the CLI turns it
/// into an MSBuild-style line, <c>path(line,col): error SSnnnn: message</c>, and an exit code.</summary>
public sealed record RevisionProblem(string Code, string Message, string? Path = null, int? Line = null, int? Column = null)
{
    public override string ToString()
    {
        if (Path is null)
        {
            return $"error {Code}: {Message}";
        }

        var where = Line is null ? Path : Column is null ? $"{Path}({Line})" : $"{Path}({Line},{Column})";
        return $"{where}: error {Code}: {Message}";
    }
}

/// <summary>The SS6xxx codes of the revisions stage (issue 6).</summary>
public static class RevisionProblemCodes
{
    /// <summary>A <c>.sql</c> file in revisions/ whose name is not <c>NNNN_slug.up.sql</c> / <c>.down.sql</c>.</summary>
    public const string BadFileName = "SS6001";

    /// <summary>Two files with the same number and different slugs.</summary>
    public const string Fork = "SS6002";

    /// <summary>A number missing from the sequence 1..n.</summary>
    public const string Hole = "SS6003";

    /// <summary>An up file without its down file, or the reverse.</summary>
    public const string MissingPair = "SS6004";

    /// <summary>The header names another revision or another parent than the file name and chain say.</summary>
    public const string HeaderMismatch = "SS6005";

    /// <summary>revisions.sum is missing, malformed, lacks a file, or lists a file that is gone.</summary>
    public const string Manifest = "SS6006";

    /// <summary>A file's sha256 differs from the one revisions.sum records.</summary>
    public const string ChecksumMismatch = "SS6007";

    /// <summary>An applied revision's file changed since it was applied.</summary>
    public const string AppliedRevisionChanged = "SS6008";

    /// <summary>PostgreSQL's parser rejected the file (a syntax error, an unterminated string, quoted identifier,
    /// dollar quote or comment), or a segment marker stands inside a statement.</summary>
    public const string Syntax = "SS6009";

    /// <summary>BEGIN/COMMIT/ROLLBACK in a revision: the runner owns the transactions.</summary>
    public const string TransactionControl = "SS6010";

    /// <summary>A statement PostgreSQL refuses inside a transaction block, outside a no-transaction segment.</summary>
    public const string NeedsNoTransaction = "SS6011";

    /// <summary>The target's history does not fit the chain (unknown revision, gap, partial run, unadopted database).</summary>
    public const string History = "SS6012";

    /// <summary>A statement of a revision failed on the server.</summary>
    public const string StatementFailed = "SS6013";

    /// <summary>A revision name or range that the chain does not have.</summary>
    public const string UnknownRevision = "SS6014";

    /// <summary>Another run holds the revision lock and the wait timed out.</summary>
    public const string LockTimeout = "SS6015";

    /// <summary>The session holding the revision lock ended during the run: the run stopped.</summary>
    public const string LockLost = "SS6016";

    /// <summary>A revision file is not valid UTF-8.</summary>
    public const string InvalidUtf8 = "SS6017";
}
