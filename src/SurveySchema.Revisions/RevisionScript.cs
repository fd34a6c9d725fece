using System.Collections.Immutable;

namespace SurveySchema.Revisions;

/// <summary>A revision file split into segments and statements. A segment is a run of statements that
/// share a transaction mode; <c>-- surveyschema:no-transaction</c> and <c>-- surveyschema:transaction</c>
/// comment lines start a new one (docs/revisions.md).</summary>
public sealed record RevisionScript(ImmutableArray<ScriptSegment> Segments)
{
    public bool IsEmpty => Segments.All(segment => segment.Statements.IsEmpty);

    public IEnumerable<ScriptStatement> Statements => Segments.SelectMany(segment => segment.Statements);
}

/// <summary>Statements that run in one transaction (<see cref="InTransaction"/>), or each on its own
/// outside any transaction.</summary>
/// <param name="Line">The line of the marker that started the segment; 1 for the first segment.</param>
public sealed record ScriptSegment(bool InTransaction, int Line, ImmutableArray<ScriptStatement> Statements);

/// <summary>One statement exactly as it stands in the file, without its terminating semicolon.
/// <see cref="Offset"/> is where <see cref="Text"/> starts in the file, so PostgreSQL's error position
/// (counted in characters from the start of the text it received) maps back to a line and column.</summary>
/// <param name="Text">The statement including the comments just before it (they document it in an
/// offline script, and PostgreSQL ignores them).</param>
/// <param name="TokenOffset">Where the statement's first token starts; <see cref="Line"/> and
/// <see cref="Column"/> are its position.</param>
public sealed record ScriptStatement(string Text, int Offset, int TokenOffset, int Line, int Column);
