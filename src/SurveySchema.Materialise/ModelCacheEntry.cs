using SurveySchema.Model;

namespace SurveySchema.Materialise;

/// <summary>What <see cref="ModelCache"/> keeps for one project: its model and its build's report.</summary>
public sealed record ModelCacheEntry(DatabaseModel Model, ProjectSummary Project);
