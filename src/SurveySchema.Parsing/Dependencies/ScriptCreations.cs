using System.Text;
using SurveySchema.Parsing.Native;
using SurveySchema.Parsing.Statements;
using SurveySchema.Parsing.Text;

namespace SurveySchema.Parsing.Dependencies;

/// <summary>The objects an SQL script (an extension's install script, PostgreSQL's system views)
/// creates, read with the same parser and extractor as the project.</summary>
internal static class ScriptCreations
{
    public static IReadOnlyList<SchemaObjectName> Read(string script, string defaultSchema)
    {
        // psql meta-commands (\echo … \quit) guard scripts against being run by hand; they are not SQL.
        var lines = script.Split('\n').Select(line => line.TrimStart().StartsWith('\\') ? string.Empty : line);
        var utf8 = Encoding.UTF8.GetBytes(string.Join('\n', lines));
        var (ranges, failure) = PgQuery.SplitWithScanner(utf8);
        if (failure is not null)
        {
            return [];
        }

        var created = new List<SchemaObjectName>();
        foreach (var range in ranges)
        {
            var end = range.Offset + range.Length;
            var start = SqlTrivia.SkipLeading(utf8, range.Offset, end);
            if (end - start < 6 || !Encoding.ASCII.GetString(utf8, start, 6).Equals("CREATE", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var (tree, parseFailure) = PgQuery.Parse(utf8[start..end]);
            using (tree)
            {
                if (parseFailure is not null || tree is null)
                {
                    continue;
                }

                foreach (var statement in tree.RootElement.Items("stmts"))
                {
                    if (statement.Field("stmt") is { } node && node.TryUnwrap(out var type, out var body))
                    {
                        var facts = DependencyExtractor.Extract(type, body, defaultSchema, readFunctionBodies: false);
                        created.AddRange(facts.Creates.Select(c => c.Name));
                    }
                }
            }
        }

        return created;
    }
}
