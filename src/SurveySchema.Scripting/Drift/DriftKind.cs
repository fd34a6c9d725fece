namespace SurveySchema.Scripting.Drift;

/// <summary>How the database departs from the project, seen from the project: what CI readers sort by.</summary>
public enum DriftKind
{
    /// <summary>The project declares it and the database lacks it: <c>diff</c> would create or add it.</summary>
    Missing,

    /// <summary>Only the database has it: <c>diff</c> would drop or revoke it.</summary>
    Unexpected,

    /// <summary>Both have it, differently: <c>diff</c> would alter (or drop and create) it.</summary>
    Changed,
}
