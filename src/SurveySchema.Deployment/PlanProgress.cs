using SurveySchema.Scripting;

namespace SurveySchema.Deployment;

/// <summary>A deploy's progress, reported by <see cref="PlanExecution"/> for whoever shows it (the CLI): step
/// <c>Completed + 1</c> of <paramref name="Count"/> (<paramref name="Current"/>) is starting, or, with
/// <paramref name="Current"/> null, all <paramref name="Count"/> have run.</summary>
/// <param name="Current">The step starting now; null once every step ran.</param>
/// <param name="Completed">Steps finished so far.</param>
/// <param name="Count">Steps in the plan.</param>
public sealed record PlanProgress(PlanDocumentStep? Current, int Completed, int Count);
