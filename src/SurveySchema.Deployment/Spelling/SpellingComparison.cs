using SurveySchema.Diff;
using SurveySchema.Model;

namespace SurveySchema.Deployment.Spelling;

/// <summary>Two models compared with expression spelling settled by PostgreSQL (<see cref="Respelling"/>).</summary>
/// <param name="Live">The first model, with the objects whose differences were spelling only taken as PostgreSQL
/// re-spelled them; plan from this one.</param>
/// <param name="Desired">The second model, likewise.</param>
/// <param name="Difference">What the differ finds between <paramref name="Live"/> and <paramref name="Desired"/>;
/// its remarks say how many differences were spelling only, or why the round trip could not run.</param>
/// <param name="SpellingOnly">How many of the differ's operations vanished in the round trip.</param>
/// <param name="Respelled">The objects whose differences were spelling only, for messages.</param>
public sealed record SpellingComparison(
    DatabaseModel Live,
    DatabaseModel Desired,
    SchemaDifference Difference,
    int SpellingOnly,
    EquatableArray<ObjectRef> Respelled)
{
    /// <summary>The remark that names the differences that were spelling only, or null when there were none.</summary>
    public Remark? SpellingRemark => SpellingOnly == 0
        ? null
        : new Remark(RemarkCodes.SpellingOnly, $"{SpellingOnly} difference{(SpellingOnly == 1 ? " was" : "s were")} spelling only (PostgreSQL re-spells the expression text of "
            + $"{string.Join(", ", Respelled)} the same on both sides): not counted");
}
