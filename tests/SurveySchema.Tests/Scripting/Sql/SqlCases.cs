using SurveySchema.Diff;
using SurveySchema.Parsing;
using SurveySchema.Scripting.Sql;

namespace SurveySchema.Tests.Scripting.Sql;

/// <summary>One operation and the statements it must become. Every fixture in this folder lists its cases in a
/// static <c>Cases</c> property, which <see cref="OperationCoverageTests"/> reads to find operations without a test.</summary>
internal static class SqlCases
{
    public static TestCaseData Case(Operation operation, params string[] sql) =>
        new TestCaseData(operation, sql).SetArgDisplayNames(operation.GetType().Name, Shorten(sql.FirstOrDefault() ?? ""));

    /// <summary>The generator's statements equal the expected ones, and each is one statement PostgreSQL's own
    /// parser (libpg_query) accepts.</summary>
    public static void AssertGenerates(Operation operation, string[] expected)
    {
        var statements = SqlGenerator.Statements(operation);

        Assert.That(statements, Is.EqualTo(expected));
        foreach (var statement in statements)
        {
            var script = SqlScript.Split(statement + ";", "generated.sql");
            Assert.That(script.SyntaxError, Is.Null, $"PostgreSQL's parser refuses: {statement}");
            Assert.That(script.Statements, Has.Length.EqualTo(1), $"one statement: {statement}");
        }
    }

    private static string Shorten(string sql)
    {
        var line = sql.Split('\n')[0];
        return line.Length <= 60 ? line : line[..60];
    }
}
