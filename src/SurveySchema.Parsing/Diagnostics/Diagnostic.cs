namespace SurveySchema.Parsing.Diagnostics;

/// <summary>A problem found in the schema project. <see cref="File"/> is the path as given (relative to
/// the current directory when the project folder was given relatively); <see cref="Line"/> and
/// <see cref="Column"/> are 1-based, or 0 when the problem has no position in a file.</summary>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Code, string File, int Line, int Column, string Message)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    public static Diagnostic Error(string code, SourceLocation location, string message)
        => new(DiagnosticSeverity.Error, code, location.File, location.Line, location.Column, message);

    public static Diagnostic Warning(string code, SourceLocation location, string message)
        => new(DiagnosticSeverity.Warning, code, location.File, location.Line, location.Column, message);

    /// <summary>A problem with the project as a whole (a missing folder, no files), reported against a path.</summary>
    public static Diagnostic ErrorAt(string code, string path, string message)
        => new(DiagnosticSeverity.Error, code, path, 0, 0, message);

    /// <summary>MSBuild's canonical form, <c>path(line,col): error SSnnnn: message</c>, which MSBuild's Exec
    /// task and editors recognise; <c>path: error SSnnnn: message</c> without a position.</summary>
    public string ToCanonicalString()
    {
        var severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        var origin = Line > 0 ? $"{File}({Line},{Math.Max(Column, 1)})" : File;
        return $"{origin}: {severity} {Code}: {Message}";
    }

    public override string ToString() => ToCanonicalString();
}
