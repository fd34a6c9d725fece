namespace SurveySchema.Parsing.Diagnostics;

/// <summary>How bad a diagnostic is; only errors fail a check or a build.</summary>
public enum DiagnosticSeverity
{
    Warning,
    Error,
}
