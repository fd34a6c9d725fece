using System.Text.RegularExpressions;
using SurveySchema.Diff;

namespace SurveySchema.Scripting.Sql;

/// <summary>Constraints and indexes.</summary>
internal static partial class SqlGenerator
{
    private static IReadOnlyList<string> ConstraintStatements(Operation operation) => operation switch
    {
        AddConstraint o => [$"ALTER TABLE {Q(o.Table)} ADD CONSTRAINT {Q(o.Constraint.Name)} {CheckSpelling.Restore(WithoutNotValid(o.Constraint.Definition))}"
            + (o.NotValid ? " NOT VALID" : "")],
        AddNotNullCheck o => [$"ALTER TABLE {Q(o.Table)} ADD CONSTRAINT {Q(o.CheckName)} CHECK ({Q(o.Column)} IS NOT NULL) NOT VALID"],
        DropConstraint o => [$"ALTER TABLE {Q(o.Table)} DROP CONSTRAINT {Q(o.Constraint.Name)}"],
        ValidateConstraint o => [$"ALTER TABLE {Q(o.Table)} VALIDATE CONSTRAINT {Q(o.Name)}"],
        CreateIndex o => [o.Concurrently ? IndexPrefix().Replace(IndexDefinition(o), "$1CONCURRENTLY ", 1) : IndexDefinition(o)],
        DropIndex o => [$"DROP INDEX {(o.Concurrently ? "CONCURRENTLY " : "")}{Q(o.Table with { Name = o.Index.Name })}"],
        _ => throw new NotSupportedException(operation.GetType().Name),
    };

    /// <summary>pg_get_indexdef writes <c>ON ONLY</c> for a partitioned table's index, as pg_dump does before it
    /// attaches each partition's index: built that way the index stays invalid and the partitions get none.
    /// Without ONLY, PostgreSQL builds (or attaches) the index on every partition.</summary>
    private static string IndexDefinition(CreateIndex o) => OnOnly().Replace(o.Index.Definition, "$1", 1);

    [GeneratedRegex("""^(CREATE (?:UNIQUE )?INDEX (?:"(?:[^"]|"")+"|\S+) ON )ONLY """)]
    private static partial Regex OnOnly();

    /// <summary>pg_get_indexdef's opening, <c>CREATE [UNIQUE] INDEX </c>, where CONCURRENTLY goes.</summary>
    [GeneratedRegex("^(CREATE (?:UNIQUE )?INDEX )")]
    private static partial Regex IndexPrefix();
}
