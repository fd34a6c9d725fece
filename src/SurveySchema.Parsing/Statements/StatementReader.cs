using System.Text;
using System.Text.Json;
using SurveySchema.Parsing.Diagnostics;
using SurveySchema.Parsing.Native;
using SurveySchema.Parsing.Text;

namespace SurveySchema.Parsing.Statements;

/// <summary>Splits a file into statements with the real PostgreSQL grammar, parses each one, and keeps
/// the ones a schema may hold; syntax errors and rejected statements become diagnostics. psql meta-commands
/// are blanked out first, and session settings become the <see cref="ParsedStatement.Session"/> of the
/// statements after them, as psql would run the file.</summary>
internal static class StatementReader
{
    /// <summary>Meta-commands pg_dump writes around a dump that mean nothing to the statements
    /// (15.14 and later: a key that keeps a restored dump from running psql commands planted in it).</summary>
    private static readonly HashSet<string> SilentMetaCommands = new(StringComparer.Ordinal) { "restrict", "unrestrict" };

    public static (IReadOnlyList<ParsedStatement> Statements, IReadOnlyList<Diagnostic> Diagnostics) Read(SourceText source)
    {
        var statements = new List<ParsedStatement>();
        var diagnostics = new List<Diagnostic>();
        foreach (var command in PsqlMetaCommands.Blank(source.Utf8))
        {
            if (!SilentMetaCommands.Contains(command.Name))
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.MetaCommandSkipped, source.Locate(command.Offset), MetaCommandMessage(command)));
            }
        }

        var (ranges, splitFailure) = PgQuery.SplitWithParser(source.Utf8);
        if (splitFailure is not null)
        {
            // The grammar-based split stops at the first syntax error. The scanner-based split still finds
            // the boundaries, so every broken statement is reported, not only the first.
            var (scannedRanges, scanFailure) = PgQuery.SplitWithScanner(source.Utf8);
            if (scanFailure is not null)
            {
                diagnostics.Add(SyntaxError(source, 0, splitFailure));
                return (statements, diagnostics);
            }

            ranges = scannedRanges;
        }

        var session = SessionSettings.Defaults;
        foreach (var range in ranges)
        {
            var end = Math.Min(range.Offset + range.Length, source.Utf8.Length);
            var start = SqlTrivia.SkipLeading(source.Utf8, range.Offset, end);
            if (start >= end)
            {
                continue;
            }

            var statement = ReadOne(source, start, end, diagnostics);
            if (statement is null)
            {
                continue;
            }

            if (statement.Kind == StatementKind.Setting)
            {
                session = session.With(statement.Sql);
            }
            else
            {
                statements.Add(statement with { Session = session });
            }
        }

        return (statements, diagnostics);
    }

    private static string MetaCommandMessage(PsqlMetaCommand command) => command.Name switch
    {
        "connect" or "c" => $"psql meta-command \\{command.Name}{(command.Argument.Length > 0 ? " " + command.Argument : string.Empty)} is skipped: the shadow build applies every file to one database, so the statements after it go to the same database as those before",
        _ => $"psql meta-command \\{command.Name} is skipped: only SQL statements are applied",
    };

    /// <summary>Parses one statement's text; null when it is broken, not allowed or skipped (with a diagnostic).</summary>
    private static ParsedStatement? ReadOne(SourceText source, int start, int end, List<Diagnostic> diagnostics)
    {
        var sql = source.Slice(start, end - start).TrimEnd();
        var (tree, failure) = PgQuery.Parse(Encoding.UTF8.GetBytes(sql));
        using (tree)
        {
            if (failure is not null || tree is null)
            {
                diagnostics.Add(SyntaxError(source, start, failure ?? new PgQueryFailure("syntax error", null)));
                return null;
            }

            var node = tree.RootElement.Items("stmts").FirstOrDefault().Field("stmt");
            if (node is not { } statementNode || !statementNode.TryUnwrap(out var nodeType, out var body))
            {
                return null;
            }

            var classification = StatementClassifier.Classify(nodeType, body);
            if (!classification.IsAccepted)
            {
                diagnostics.Add(classification.IsSkipped
                    ? Diagnostic.Warning(classification.Code!, source.Locate(start), classification.Message!)
                    : Diagnostic.Error(classification.Code!, source.Locate(start), classification.Message!));
                return null;
            }

            return new ParsedStatement(source, start, sql, nodeType, statementNode.Clone(), classification.Kind);
        }
    }

    private static Diagnostic SyntaxError(SourceText source, int statementStart, PgQueryFailure failure)
        => Diagnostic.Error(DiagnosticCodes.SyntaxError, source.Locate(statementStart + (failure.ByteOffset ?? 0)), failure.Message);

    /// <summary>Parses generated SQL (a statement rewritten by the cycle breaker) into a statement that
    /// keeps <paramref name="original"/>'s file and position.</summary>
    public static ParsedStatement? Reparse(ParsedStatement original, string sql, int start, StatementKind kind)
    {
        var (tree, failure) = PgQuery.Parse(Encoding.UTF8.GetBytes(sql));
        using (tree)
        {
            var node = tree?.RootElement.Items("stmts").FirstOrDefault().Field("stmt");
            if (failure is not null || node is not { } statementNode || !statementNode.TryUnwrap(out var nodeType, out JsonElement _))
            {
                return null;
            }

            return new ParsedStatement(original.Source, start, sql, nodeType, statementNode.Clone(), kind) { Session = original.Session };
        }
    }
}
