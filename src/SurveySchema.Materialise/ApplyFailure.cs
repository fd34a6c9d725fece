using System.Text;
using Npgsql;
using SurveySchema.Parsing;
using SurveySchema.Parsing.Dependencies;
using SurveySchema.Parsing.Diagnostics;
using SurveySchema.Parsing.Text;

namespace SurveySchema.Materialise;

/// <summary>Turns an error PostgreSQL raised while the shadow database was filled into a diagnostic at the
/// place in the schema files it points to.</summary>
internal static class ApplyFailure
{
    private const int StatementExcerptLength = 120;

    /// <param name="statement">The statement that failed.</param>
    /// <param name="exception">PostgreSQL's error.</param>
    /// <param name="exact">False when the failing statement of a batch could not be told (the diagnostic then
    /// names the batch's first statement and says so).</param>
    public static Diagnostic ToDiagnostic(SchemaStatement statement, PostgresException exception, bool exact = true)
    {
        var location = exact ? Locate(statement, exception.Position) : statement.Location;
        var message = new StringBuilder()
            .Append("PostgreSQL: ").Append(OneLine(exception.MessageText))
            .Append(" (").Append(exception.SqlState).Append(')');
        if (!string.IsNullOrWhiteSpace(exception.Detail))
        {
            message.Append("; detail: ").Append(OneLine(exception.Detail).TrimEnd('.'));
        }

        if (!string.IsNullOrWhiteSpace(exception.Hint))
        {
            message.Append("; hint: ").Append(OneLine(exception.Hint).TrimEnd('.'));
        }

        var duplicate = PostgresErrorKinds.IsAlreadyExists(exception);
        if (duplicate)
        {
            message.Append("; declared twice in the project, or also provided by an extension it declares");
        }

        message.Append(exact ? "; statement: " : "; in a batch starting with: ").Append(FirstLine(statement.Sql));
        return Diagnostic.Error(duplicate ? DiagnosticCodes.DuplicateDeclaration : DiagnosticCodes.ShadowApplyFailed, location, message.ToString());
    }

    /// <summary>PostgreSQL's "already exists" for <paramref name="name"/>, which <paramref name="earlier"/>
    /// declared before: both places named, each where the name is written.</summary>
    public static Diagnostic Duplicate(SchemaStatement statement, PostgresException exception, SchemaStatement earlier, SchemaObjectName name)
    {
        var earlierName = earlier.Creates.FirstOrDefault(name.ConflictsWith) ?? name;
        return Diagnostic.Error(DiagnosticCodes.DuplicateDeclaration, statement.LocationOf(name),
            $"{name} is declared twice: here and at {earlier.LocationOf(earlierName)} (PostgreSQL: {OneLine(exception.MessageText)} ({exception.SqlState})); statement: {FirstLine(statement.Sql)}");
    }

    /// <summary>A session setting written before the statement failed, so the statement did not run.</summary>
    public static Diagnostic SettingFailed(SchemaStatement statement, string setting, PostgresException exception) =>
        Diagnostic.Error(DiagnosticCodes.ShadowApplyFailed, statement.Location,
            $"PostgreSQL: {OneLine(exception.MessageText)} ({exception.SqlState}) in the session setting '{FirstLine(setting)}' this file writes before the statement; statement: {FirstLine(statement.Sql)}");

    /// <summary>PostgreSQL's error position (1-based, in characters of the statement text; 0 when there is
    /// none) as a place in the file. The statement's text is the file's text from its location on, except
    /// for statements the parsing stage rewrote (foreign keys split out of a CREATE TABLE, and that CREATE
    /// TABLE): those are reported at the statement's start.</summary>
    internal static SourceLocation Locate(SchemaStatement statement, int position)
    {
        if (position <= 0 || statement.IsSplitForeignKey || statement.IsRewritten)
        {
            return statement.Location;
        }

        var within = TextPosition.Of(statement.Sql, TextPosition.OffsetOfCharacter(statement.Sql, 0, position));
        return within.Line == 1
            ? statement.Location with { Column = statement.Location.Column + within.Column - 1 }
            : statement.Location with { Line = statement.Location.Line + within.Line - 1, Column = within.Column };
    }

    private static string FirstLine(string sql)
    {
        var line = sql.AsSpan().TrimStart();
        var end = line.IndexOfAny('\r', '\n');
        var first = (end >= 0 ? line[..end] : line).TrimEnd().ToString();
        return first.Length <= StatementExcerptLength ? first : first[..StatementExcerptLength] + "…";
    }

    /// <summary>Diagnostics are one line each (MSBuild's format); PostgreSQL's details may span several.</summary>
    private static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
