namespace SurveySchema.Materialise;

/// <summary>Where a shadow build is.</summary>
public enum BuildStage
{
    /// <summary>Cloning the template into a new shadow database.</summary>
    CreatingShadowDatabase,

    /// <summary>Running the project's statements there (retries of the ones set aside included).</summary>
    ApplyingStatements,

    /// <summary>Reading the shadow database back into a model.</summary>
    ReadingCatalog,

    /// <summary>The model is read; nothing more runs.</summary>
    Finished,
}

/// <summary>A shadow build's progress, reported through <see cref="ShadowBuildOptions.Progress"/> for whoever shows
/// it (the CLI); the library itself prints nothing.</summary>
/// <param name="Stage">What runs now.</param>
/// <param name="Applied">Statements PostgreSQL accepted so far.</param>
/// <param name="Total">Statements to apply in all.</param>
public sealed record BuildProgress(BuildStage Stage, int Applied, int Total);
