using SurveySchema.Parsing.Statements;

namespace SurveySchema.Parsing;

/// <summary>One statement of a <see cref="SqlScript"/>, exactly as written. Offsets are UTF-16 indexes into
/// <see cref="SqlScript.Text"/>; line and column (1-based, the column in UTF-16 code units) are those of its
/// first token.</summary>
/// <param name="Text">From the first token to the last, without the comments around it and without the
/// terminating semicolon; send it to the server as it is.</param>
/// <param name="Offset">Where <paramref name="Text"/> starts in the script.</param>
/// <param name="Line">The line of the first token.</param>
/// <param name="Column">The column of the first token.</param>
/// <param name="LeadingOffset">Where the comments just before the statement start: the first comment after
/// the previous statement's semicolon (or the start of the script); <paramref name="Offset"/> when there is
/// none. Callers that keep a statement's own comments with it cut from here.</param>
/// <param name="NodeType">libpg_query's node type, e.g. <c>CreateStmt</c>, <c>IndexStmt</c>, <c>TransactionStmt</c>.</param>
/// <param name="Description">A few words naming the statement for messages: exact for the statements
/// <paramref name="Transaction"/> singles out (<c>CREATE INDEX CONCURRENTLY</c>, <c>VACUUM</c>, <c>BEGIN</c>),
/// the node type without <c>Stmt</c> for most others.</param>
/// <param name="Transaction">Whether it controls transactions or refuses to run inside one, read from the parse tree.</param>
public sealed record SqlScriptStatement(
    string Text,
    int Offset,
    int Line,
    int Column,
    int LeadingOffset,
    string NodeType,
    string Description,
    TransactionRole Transaction)
{
    /// <summary>Just after the statement's last token.</summary>
    public int End => Offset + Text.Length;
}

/// <summary>A comment of a <see cref="SqlScript"/>: <c>-- …</c> to the end of its line (without the line
/// break) or a whole, possibly nested, <c>/* … */</c>. Offset, line and column as in <see cref="SqlScriptStatement"/>.</summary>
public sealed record SqlComment(string Text, int Offset, int Line, int Column)
{
    public bool IsLineComment => Text.StartsWith("--", StringComparison.Ordinal);

    /// <summary>The words of a <c>-- …</c> comment, trimmed; null for a block comment.</summary>
    public string? LineText => IsLineComment ? Text[2..].Trim() : null;
}
