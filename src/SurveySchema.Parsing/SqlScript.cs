using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using SurveySchema.Parsing.Diagnostics;
using SurveySchema.Parsing.Native;
using SurveySchema.Parsing.Statements;
using SurveySchema.Parsing.Text;

namespace SurveySchema.Parsing;

/// <summary>A SQL script that runs statement by statement (a revision file, a migration), split by
/// PostgreSQL's own grammar: each statement's exact text and place, each comment, or the syntax error
/// that refuses the whole script.</summary>
/// <param name="Path">The path to show in diagnostics.</param>
/// <param name="Text">The script as given; every offset indexes it.</param>
/// <param name="Statements">In file order; empty when <paramref name="SyntaxError"/> is set.</param>
/// <param name="Comments">Every comment, in file order, inside statements or between them; empty when
/// <paramref name="SyntaxError"/> is set.</param>
/// <param name="SyntaxError">The first error PostgreSQL's parser found (code SS0101, at the offending token);
/// null when the whole script parses.</param>
public sealed record SqlScript(
    string Path,
    string Text,
    ImmutableArray<SqlScriptStatement> Statements,
    ImmutableArray<SqlComment> Comments,
    Diagnostic? SyntaxError)
{
    /// <summary>Parses <paramref name="text"/> with libpg_query (the grammar the server uses, so
    /// <c>BEGIN ATOMIC … END</c> bodies, dollar quotes and nested comments split as the server splits them).
    /// The whole script is parsed before anything runs: a syntax error anywhere refuses all of it.</summary>
    /// <exception cref="PgQueryUnavailableException">libpg_query is not installed.</exception>
    public static SqlScript Split(string text, string path)
    {
        var source = SourceText.FromString(path, path, text);

        // libpg_query reads a C string: a NUL would silently end the script there.
        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            return Refused(path, text, source, Encoding.UTF8.GetByteCount(text.AsSpan(0, nul)), "the file contains a NUL character");
        }

        var (tree, failure) = PgQuery.Parse(source.Utf8);
        using (tree)
        {
            if (failure is not null || tree is null)
            {
                return Refused(path, text, source, failure?.ByteOffset ?? 0, failure?.Message ?? "syntax error");
            }

            // The scanner gives the tokens the parser saw, comments included: what trims a statement to its
            // first and last token and finds the comments between statements.
            var (tokens, scanFailure) = PgQuery.Scan(source.Utf8);
            if (scanFailure is not null)
            {
                return Refused(path, text, source, scanFailure.ByteOffset ?? 0, scanFailure.Message);
            }

            var statements = ReadStatements(text, source, tree.RootElement, tokens);
            var comments = tokens.Where(token => token.IsComment(source.Utf8)).Select(token =>
            {
                var (start, end) = (source.CharOffset(token.Start), source.CharOffset(token.End));
                var location = source.Locate(token.Start);
                return new SqlComment(text[start..end], start, location.Line, location.Column);
            });
            return new SqlScript(path, text, statements, [.. comments], null);
        }
    }

    private static ImmutableArray<SqlScriptStatement> ReadStatements(string text, SourceText source, JsonElement root, ImmutableArray<ScanToken> tokens)
    {
        var statements = ImmutableArray.CreateBuilder<SqlScriptStatement>();
        var next = 0;
        foreach (var raw in root.Items("stmts"))
        {
            // A range starts just after the previous semicolon; the last statement's length is 0 ("to the end").
            var rangeStart = Int(raw, "stmt_location");
            var length = Int(raw, "stmt_len");
            var rangeEnd = length == 0 ? source.Utf8.Length : rangeStart + length;
            while (next < tokens.Length && tokens[next].Start < rangeStart)
            {
                next++;
            }

            int? leading = null, first = null, last = null;
            for (; next < tokens.Length && tokens[next].Start < rangeEnd; next++)
            {
                var token = tokens[next];
                leading ??= token.Start;
                if (!token.IsComment(source.Utf8))
                {
                    first ??= token.Start;
                    last = token.End;
                }
            }

            if (first is not { } firstByte || last is not { } lastByte
                || raw.Field("stmt") is not { } node || !node.TryUnwrap(out var nodeType, out var body))
            {
                continue;
            }

            var (start, end) = (source.CharOffset(firstByte), source.CharOffset(lastByte));
            var location = source.Locate(firstByte);
            var (role, description) = TransactionRules.Classify(nodeType, body);
            statements.Add(new SqlScriptStatement(
                text[start..end], start, location.Line, location.Column, source.CharOffset(leading ?? firstByte), nodeType, description, role));
        }

        return statements.ToImmutable();
    }

    private static SqlScript Refused(string path, string text, SourceText source, int byteOffset, string message) =>
        new(path, text, [], [], Diagnostic.Error(DiagnosticCodes.SyntaxError, source.Locate(byteOffset), message));

    private static int Int(JsonElement statement, string name) =>
        statement.Field(name) is { ValueKind: JsonValueKind.Number } value ? value.GetInt32() : 0;
}
