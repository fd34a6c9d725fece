using System.Collections.Immutable;
using SurveySchema.Parsing;
using SurveySchema.Parsing.Statements;

namespace SurveySchema.Revisions;

/// <summary>Splits a revision file into transaction segments. PostgreSQL's parser (<see cref="SqlScript"/>)
/// finds the statements, so a revision with a syntax error is refused with its file(line,col) before any
/// of it runs; this layer adds what only revisions have: the segment markers, and the refusal of
/// statements that fight the runner's transactions. Each statement is sent to the server on its own,
/// so the failing one is known exactly and its error position maps back to the file.</summary>
internal static class ScriptSplitter
{
    /// <summary>A line comment that starts a segment whose statements run outside any transaction.</summary>
    public const string NoTransactionMarker = "surveyschema:no-transaction";

    /// <summary>A line comment that goes back to running statements in the revision's transaction.</summary>
    public const string TransactionMarker = "surveyschema:transaction";

    public static (RevisionScript Script, ImmutableArray<RevisionProblem> Problems) Split(string text, string path)
    {
        var parsed = SqlScript.Split(text, path);
        if (parsed.SyntaxError is { } error)
        {
            return (new RevisionScript([]), [new RevisionProblem(RevisionProblemCodes.Syntax, error.Message, path, error.Line, error.Column)]);
        }

        var state = new SegmentState(parsed);
        state.Run();
        return (new RevisionScript(state.Segments.ToImmutable()), state.Problems.ToImmutable());
    }

    private sealed record Marker(SqlComment Comment, bool InTransaction);

    private sealed class SegmentState(SqlScript script)
    {
        private readonly ImmutableArray<ScriptStatement>.Builder statements = ImmutableArray.CreateBuilder<ScriptStatement>();
        private readonly List<Marker> markers = [.. script.Comments.Select(AsMarker).OfType<Marker>()];
        private int nextMarker;
        private bool inTransaction = true;
        private int segmentLine = 1;

        /// <summary>Comments before this offset stay with the segment before a marker, not with the next statement.</summary>
        private int leadingFloor;

        public ImmutableArray<ScriptSegment>.Builder Segments { get; } = ImmutableArray.CreateBuilder<ScriptSegment>();

        public ImmutableArray<RevisionProblem>.Builder Problems { get; } = ImmutableArray.CreateBuilder<RevisionProblem>();

        public void Run()
        {
            SqlScriptStatement? previous = null;
            foreach (var statement in script.Statements)
            {
                TakeMarkers(before: statement.Offset, previous);
                Add(statement);
                previous = statement;
            }

            TakeMarkers(before: int.MaxValue, previous);
            EndSegment();
        }

        /// <summary>A marker after the previous statement's last token starts a segment; one among a
        /// statement's tokens cannot, since the statement runs whole.</summary>
        private void TakeMarkers(int before, SqlScriptStatement? previous)
        {
            for (; nextMarker < markers.Count && markers[nextMarker].Comment.Offset < before; nextMarker++)
            {
                var (comment, transactional) = markers[nextMarker];
                if (previous is not null && comment.Offset < previous.End)
                {
                    Problem(RevisionProblemCodes.Syntax, comment.Line, comment.Column,
                        $"'{comment.Text.Trim()}' inside a statement: end the statement before line {comment.Line} with a semicolon");
                    continue;
                }

                // Comments between the last statement and the marker belong to neither segment.
                EndSegment();
                inTransaction = transactional;
                segmentLine = comment.Line;
                leadingFloor = comment.Offset + comment.Text.Length;
            }
        }

        private void Add(SqlScriptStatement statement)
        {
            // The comments just before a statement document it in an offline script; PostgreSQL ignores them.
            var start = script.Comments
                .Where(comment => comment.Offset >= Math.Max(statement.LeadingOffset, leadingFloor) && comment.Offset < statement.Offset)
                .Select(comment => comment.Offset)
                .DefaultIfEmpty(statement.Offset)
                .First();
            statements.Add(new ScriptStatement(script.Text[start..statement.End], start, statement.Offset, statement.Line, statement.Column));
            Check(statement);
        }

        private void Check(SqlScriptStatement statement)
        {
            switch (statement.Transaction)
            {
                case TransactionRole.TransactionControl:
                    Problem(RevisionProblemCodes.TransactionControl, statement.Line, statement.Column,
                        $"{statement.Description} in a revision: the runner runs each revision in its own transaction; remove it (docs/revisions.md)");
                    break;
                case TransactionRole.RefusesTransactionBlock when inTransaction:
                    Problem(RevisionProblemCodes.NeedsNoTransaction, statement.Line, statement.Column,
                        $"PostgreSQL cannot run {statement.Description} inside a transaction: put a line '-- {NoTransactionMarker}' before it (docs/revisions.md)");
                    break;
            }
        }

        private void EndSegment()
        {
            if (statements.Count > 0)
            {
                Segments.Add(new ScriptSegment(inTransaction, segmentLine, statements.ToImmutable()));
                statements.Clear();
            }
        }

        private void Problem(string code, int line, int column, string message) =>
            Problems.Add(new RevisionProblem(code, message, script.Path, line, column));

        private static Marker? AsMarker(SqlComment comment) => comment.LineText switch
        {
            { } words when words.Equals(NoTransactionMarker, StringComparison.OrdinalIgnoreCase) => new Marker(comment, InTransaction: false),
            { } words when words.Equals(TransactionMarker, StringComparison.OrdinalIgnoreCase) => new Marker(comment, InTransaction: true),
            _ => null,
        };
    }
}
