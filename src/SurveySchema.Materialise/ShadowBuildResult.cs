using System.Collections.Immutable;
using SurveySchema.Model;
using SurveySchema.Parsing.Diagnostics;

namespace SurveySchema.Materialise;

/// <summary>What materialising a project gave.</summary>
/// <param name="Model">The project's state as PostgreSQL spells it; null when a statement failed.</param>
/// <param name="Diagnostics">Statements PostgreSQL rejected, at their place in the files
/// (<see cref="DiagnosticCodes.ShadowApplyFailed"/>); empty on success.</param>
/// <param name="FromCache">True when the model came from the cache and no server was used.</param>
/// <param name="Elapsed">Wall time of the build (or of the cache lookup).</param>
public sealed record ShadowBuildResult(
    DatabaseModel? Model,
    ImmutableArray<Diagnostic> Diagnostics,
    bool FromCache,
    TimeSpan Elapsed)
{
    public bool Succeeded => Model is not null;
}
