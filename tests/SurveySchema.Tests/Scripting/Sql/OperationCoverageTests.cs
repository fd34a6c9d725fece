using System.Reflection;
using SurveySchema.Diff;

namespace SurveySchema.Tests.Scripting.Sql;

/// <summary>Every operation kind the differ can emit has at least one test of its SQL in this folder: a new
/// Operation record without a case fails here, naming it.</summary>
[TestFixture]
public sealed class OperationCoverageTests
{
    [Test]
    public void Every_operation_kind_has_a_sql_case()
    {
        var operationKinds = typeof(Operation).Assembly.GetTypes()
            .Where(type => type.IsSubclassOf(typeof(Operation)) && !type.IsAbstract)
            .Select(type => type.Name)
            .ToHashSet();
        var covered = CasesInThisFolder().Select(c => c.Arguments[0]!.GetType().Name).ToHashSet();

        Assert.That(operationKinds, Is.Not.Empty);
        Assert.That(operationKinds.Except(covered).Order(StringComparer.Ordinal), Is.Empty, "operation kinds without a SQL case in Scripting/Sql");
    }

    [Test]
    public void Every_fixture_here_that_lists_cases_runs_them()
    {
        foreach (var fixture in FixturesWithCases())
        {
            Assert.That(
                fixture.GetMethods().Any(m => m.GetCustomAttribute<TestCaseSourceAttribute>()?.SourceName == "Cases"),
                Is.True, $"{fixture.Name}.Cases is listed but no test reads it");
        }
    }

    private static IEnumerable<Type> FixturesWithCases() =>
        typeof(OperationCoverageTests).Assembly.GetTypes()
            .Where(type => type.Namespace == typeof(OperationCoverageTests).Namespace)
            .Where(type => type.GetProperty("Cases", BindingFlags.Public | BindingFlags.Static)?.PropertyType == typeof(IEnumerable<TestCaseData>));

    private static IEnumerable<TestCaseData> CasesInThisFolder() =>
        FixturesWithCases().SelectMany(type => (IEnumerable<TestCaseData>)type.GetProperty("Cases", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!);
}
