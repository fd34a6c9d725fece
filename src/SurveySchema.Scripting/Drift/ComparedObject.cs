using SurveySchema.Parsing;

namespace SurveySchema.Scripting.Drift;

/// <summary>One object drift held the database against the project: a JUnit test case.</summary>
/// <param name="Kind">Its kind as reports spell it: <c>table</c>, <c>materialized view</c>, <c>function</c>.</param>
/// <param name="Name">Its name: <c>public.projects</c>, <c>public.f(p_id uuid)</c>.</param>
/// <param name="DeclaredAt">Where the project declares it; null when only the database has it.</param>
public sealed record ComparedObject(string Kind, string Name, SourceLocation? DeclaredAt)
{
    /// <summary>As <see cref="Diff.Operation.Subject"/> names it: <c>table public.projects</c>.</summary>
    public string Subject => Kind.Length == 0 ? Name : Kind + " " + Name;
}
