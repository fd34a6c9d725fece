namespace SurveySchema.Revisions;

/// <summary>The advisory lock key every command that changes a database's schema holds while it runs
/// (upgrade, downgrade, stamp and deploy), so that two of them never interleave on one database.</summary>
public static class SchemaChangeLock
{
    /// <summary>"SURVEYSC" in ASCII: a fixed key, the same for every version of the tool.</summary>
    public const long Key = 0x5355525645595343L;
}
