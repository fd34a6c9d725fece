namespace SurveySchema.Parsing.Text;

/// <summary>Skips whitespace and comments. libpg_query's statement ranges start right after the
/// previous semicolon, so a statement's first token — where its location should point — comes
/// after any blank lines and comments in between.</summary>
internal static class SqlTrivia
{
    /// <summary>The offset of the first byte at or after <paramref name="start"/> (and before
    /// <paramref name="end"/>) that is neither whitespace nor inside a comment.</summary>
    public static int SkipLeading(ReadOnlySpan<byte> sql, int start, int end)
    {
        var i = start;
        while (i < end)
        {
            var c = sql[i];
            if (c is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'\f' or (byte)'\v')
            {
                i++;
            }
            else if (c == (byte)'-' && i + 1 < end && sql[i + 1] == (byte)'-')
            {
                while (i < end && sql[i] != (byte)'\n')
                {
                    i++;
                }
            }
            else if (c == (byte)'/' && i + 1 < end && sql[i + 1] == (byte)'*')
            {
                i = SkipBlockComment(sql, i, end);
            }
            else
            {
                break;
            }
        }

        return i;
    }

    /// <summary>PostgreSQL's block comments nest, unlike C's.</summary>
    private static int SkipBlockComment(ReadOnlySpan<byte> sql, int i, int end)
    {
        var depth = 0;
        while (i < end)
        {
            if (sql[i] == (byte)'/' && i + 1 < end && sql[i + 1] == (byte)'*')
            {
                depth++;
                i += 2;
            }
            else if (sql[i] == (byte)'*' && i + 1 < end && sql[i + 1] == (byte)'/')
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

        return end;
    }
}
