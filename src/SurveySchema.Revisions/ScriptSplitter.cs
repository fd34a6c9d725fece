using System.Collections.Immutable;

namespace SurveySchema.Revisions;

/// <summary>Splits a revision file into statements and transaction segments with a small lexer that knows
/// PostgreSQL's quoting: '…' (and E'…' with backslash escapes), "…", $tag$…$tag$, -- and nested /* */
/// comments, and BEGIN ATOMIC … END function bodies. Each statement is sent to the server on its own, so
/// the failing one is known exactly and its error position maps back to the file.</summary>
internal static class ScriptSplitter
{
    /// <summary>A line comment that starts a segment whose statements run outside any transaction.</summary>
    public const string NoTransactionMarker = "surveyschema:no-transaction";

    /// <summary>A line comment that goes back to running statements in the revision's transaction.</summary>
    public const string TransactionMarker = "surveyschema:transaction";

    public static (RevisionScript Script, ImmutableArray<RevisionProblem> Problems) Split(string text, string path)
    {
        var state = new SplitState(text, path);
        state.Run();
        return (new RevisionScript(state.Segments.ToImmutable()), state.Problems.ToImmutable());
    }

    private sealed class SplitState(string text, string path)
    {
        private readonly ImmutableArray<ScriptStatement>.Builder statements = ImmutableArray.CreateBuilder<ScriptStatement>();
        private readonly List<string> leadingWords = [];
        private bool inTransaction = true;
        private int segmentLine = 1;
        private int statementStart = -1;
        private int tokenStart = -1;
        private bool hasTokens;
        private bool saysConcurrently;
        private string? previousWord;
        private int atomicDepth;
        private int caseDepth;

        public ImmutableArray<ScriptSegment>.Builder Segments { get; } = ImmutableArray.CreateBuilder<ScriptSegment>();

        public ImmutableArray<RevisionProblem>.Builder Problems { get; } = ImmutableArray.CreateBuilder<RevisionProblem>();

        public void Run()
        {
            var i = 0;
            while (i < text.Length)
            {
                i = Step(i);
            }

            if (hasTokens)
            {
                EndStatement(text.Length);
            }

            EndSegment();
        }

        private int Step(int i)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                return i + 1;
            }

            if (c == '-' && At(i + 1) == '-')
            {
                return LineComment(i);
            }

            if (c == '/' && At(i + 1) == '*')
            {
                MarkStart(i);
                return BlockComment(i);
            }

            MarkStart(i);
            if (c == ';' && atomicDepth == 0)
            {
                if (hasTokens)
                {
                    EndStatement(i);
                }

                statementStart = -1;
                return i + 1;
            }

            if (!hasTokens)
            {
                tokenStart = i;
                hasTokens = true;
            }

            return c switch
            {
                '\'' => QuotedString(i, i, backslashEscapes: false),
                '"' => QuotedIdentifier(i),
                '$' when DollarTag(i) is { } tag => DollarQuoted(i, tag),
                _ when IsIdentifierStart(c) => Word(i),
                _ when char.IsAsciiDigit(c) => Number(i),
                _ => i + 1,
            };
        }

        private void MarkStart(int i)
        {
            if (statementStart < 0)
            {
                statementStart = i;
            }
        }

        private int LineComment(int i)
        {
            var end = text.IndexOf('\n', i);
            end = end < 0 ? text.Length : end;
            var comment = text[(i + 2)..end].Trim();
            var noTransaction = comment.Equals(NoTransactionMarker, StringComparison.OrdinalIgnoreCase);
            if (!noTransaction && !comment.Equals(TransactionMarker, StringComparison.OrdinalIgnoreCase))
            {
                MarkStart(i);
                return end;
            }

            var line = TextPosition.Of(text, i).Line;
            if (hasTokens)
            {
                Problem(RevisionProblemCodes.Syntax, i, $"'-- {comment}' inside a statement: end the statement before line {line} with a semicolon");
                return end;
            }

            // Comments between the last statement and the marker belong to neither segment.
            EndSegment();
            inTransaction = !noTransaction;
            segmentLine = line;
            statementStart = -1;
            return end;
        }

        private int BlockComment(int start)
        {
            var depth = 0;
            var i = start;
            while (i < text.Length)
            {
                if (text[i] == '/' && At(i + 1) == '*')
                {
                    depth++;
                    i += 2;
                }
                else if (text[i] == '*' && At(i + 1) == '/')
                {
                    depth--;
                    i += 2;
                    if (depth == 0)
                    {
                        return i;
                    }
                }
                else
                {
                    i++;
                }
            }

            return Unterminated(start, "comment");
        }

        private int QuotedString(int reportAt, int quote, bool backslashEscapes)
        {
            var i = quote + 1;
            while (i < text.Length)
            {
                if (backslashEscapes && text[i] == '\\')
                {
                    i += 2;
                }
                else if (text[i] == '\'')
                {
                    if (At(i + 1) != '\'')
                    {
                        return i + 1;
                    }

                    i += 2;
                }
                else
                {
                    i++;
                }
            }

            return Unterminated(reportAt, "string");
        }

        private int QuotedIdentifier(int start)
        {
            var i = start + 1;
            while (i < text.Length)
            {
                if (text[i] == '"')
                {
                    if (At(i + 1) != '"')
                    {
                        return i + 1;
                    }

                    i += 2;
                }
                else
                {
                    i++;
                }
            }

            return Unterminated(start, "quoted identifier");
        }

        /// <summary>The tag of a dollar quote starting at <paramref name="i"/> (<c>$$</c> or <c>$name$</c>), or null
        /// for a positional parameter (<c>$1</c>) or a <c>$</c> inside an identifier.</summary>
        private string? DollarTag(int i)
        {
            if (i > 0 && IsIdentifierPart(text[i - 1]))
            {
                return null;
            }

            var j = i + 1;
            if (j < text.Length && IsIdentifierStart(text[j]))
            {
                while (j < text.Length && IsIdentifierPart(text[j]) && text[j] != '$')
                {
                    j++;
                }
            }

            return At(j) == '$' ? text[i..(j + 1)] : null;
        }

        private int DollarQuoted(int start, string tag)
        {
            var close = text.IndexOf(tag, start + tag.Length, StringComparison.Ordinal);
            return close < 0 ? Unterminated(start, $"{tag} quote") : close + tag.Length;
        }

        private int Word(int start)
        {
            var i = start;
            while (i < text.Length && IsIdentifierPart(text[i]))
            {
                i++;
            }

            var word = text[start..i].ToUpperInvariant();
            if (word == "E" && At(i) == '\'')
            {
                return QuotedString(start, i, backslashEscapes: true);
            }

            Track(word);
            return i;
        }

        private int Number(int start)
        {
            var i = start;
            while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '.' or '_'))
            {
                i++;
            }

            return i;
        }

        /// <summary>Follows the words that matter: the first few (transaction control, statements that refuse
        /// a transaction block), CONCURRENTLY, and BEGIN ATOMIC … END, whose body holds semicolons.</summary>
        private void Track(string word)
        {
            if (leadingWords.Count < 4)
            {
                leadingWords.Add(word);
            }

            saysConcurrently |= word == "CONCURRENTLY";
            if (previousWord == "BEGIN" && word == "ATOMIC")
            {
                atomicDepth++;
            }
            else if (atomicDepth > 0 && word == "CASE")
            {
                caseDepth++;
            }
            else if (atomicDepth > 0 && word == "END")
            {
                if (caseDepth > 0)
                {
                    caseDepth--;
                }
                else
                {
                    atomicDepth--;
                }
            }

            previousWord = word;
        }

        private void EndStatement(int end)
        {
            var statementText = text[statementStart..end].TrimEnd();
            var position = TextPosition.Of(text, tokenStart);
            statements.Add(new ScriptStatement(statementText, statementStart, tokenStart, position.Line, position.Column));
            Check(tokenStart);
            statementStart = -1;
            hasTokens = false;
            saysConcurrently = false;
            leadingWords.Clear();
            previousWord = null;
            atomicDepth = 0;
            caseDepth = 0;
        }

        private void Check(int offset)
        {
            var first = leadingWords.ElementAtOrDefault(0);
            var second = leadingWords.ElementAtOrDefault(1);
            var transactionControl = first switch
            {
                "BEGIN" or "COMMIT" or "END" or "ABORT" => true,
                "ROLLBACK" => second != "TO",
                "START" or "PREPARE" => second == "TRANSACTION",
                _ => false,
            };
            if (transactionControl)
            {
                Problem(RevisionProblemCodes.TransactionControl, offset,
                    $"{first} in a revision: the runner runs each revision in its own transaction; remove it (docs/revisions.md)");
                return;
            }

            if (!inTransaction)
            {
                return;
            }

            var refusesTransaction =
                (saysConcurrently && first is "CREATE" or "DROP" or "REINDEX" or "ALTER")
                || first == "VACUUM"
                || (first is "CREATE" or "DROP" && second is "DATABASE" or "TABLESPACE")
                || (first == "ALTER" && second == "SYSTEM");
            if (refusesTransaction)
            {
                Problem(RevisionProblemCodes.NeedsNoTransaction, offset,
                    $"PostgreSQL cannot run this {string.Join(' ', leadingWords.Take(2))} statement inside a transaction: put a line '-- {NoTransactionMarker}' before it (docs/revisions.md)");
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

        private int Unterminated(int start, string what)
        {
            Problem(RevisionProblemCodes.Syntax, start, $"unterminated {what}");
            hasTokens = false;
            return text.Length;
        }

        private void Problem(string code, int offset, string message)
        {
            var position = TextPosition.Of(text, offset);
            Problems.Add(new RevisionProblem(code, message, path, position.Line, position.Column));
        }

        private char At(int i) => i < text.Length ? text[i] : '\0';

        private static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_' || c > '\u007f';

        private static bool IsIdentifierPart(char c) => IsIdentifierStart(c) || char.IsAsciiDigit(c) || c == '$';
    }
}
