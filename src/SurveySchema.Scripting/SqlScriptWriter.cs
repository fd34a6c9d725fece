using System.Text;
using SurveySchema.Planning;
using SurveySchema.Scripting.Sql;

namespace SurveySchema.Scripting;

/// <summary>Writes a plan as a SQL script that runs as it is under <c>psql -v ON_ERROR_STOP=1 -f FILE</c>.</summary>
/// <remarks>
/// Transactional segments are wrapped in BEGIN/COMMIT, so a failure leaves the segment undone; statements
/// that PostgreSQL refuses inside a transaction block (CREATE/DROP INDEX CONCURRENTLY) stand alone between
/// them, run by psql in autocommit mode. Each hazardous statement is preceded by <c>-- hazard:</c> lines.
/// </remarks>
public static class SqlScriptWriter
{
    public static string Write(MigrationPlan plan, ScriptHeader header)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(header);

        var sql = new StringBuilder();
        WriteHeader(sql, plan, header);
        sql.Append("SET lock_timeout = ").Append(SqlLiteral.Quote(header.LockTimeout)).Append(";\n");
        sql.Append("SET statement_timeout = ").Append(SqlLiteral.Quote(header.StatementTimeout)).Append(";\n");

        // As pg_dump does: PostgreSQL records no dependency for a function body written as a string, so such a
        // function may come before the tables or functions its body names; checking the body then would fail.
        // https://www.postgresql.org/docs/15/runtime-config-client.html#GUC-CHECK-FUNCTION-BODIES
        sql.Append("SET check_function_bodies = false;\n");
        if (plan.IsEmpty)
        {
            sql.Append("\n-- nothing to do: the source already matches the target.\n");
            return sql.ToString();
        }

        foreach (var segment in plan.Segments)
        {
            sql.Append('\n');
            sql.Append(segment.Transactional
                ? $"-- segment {segment.Number}: in a transaction\nBEGIN;\n"
                : $"-- segment {segment.Number}: outside a transaction (CONCURRENTLY and ADD VALUE cannot run in one)\n");
            foreach (var step in segment.Steps)
            {
                WriteStep(sql, step);
            }

            if (segment.Transactional)
            {
                sql.Append("COMMIT;\n");
            }
        }

        return sql.ToString();
    }

    /// <summary>The statements of one step, each terminated by a semicolon.</summary>
    public static IReadOnlyList<string> StatementsOf(PlannedStep step) =>
        [.. SqlGenerator.Statements(step.Operation).Select(s => s + ";")];

    /// <summary>One step as every script shows it: a <c>-- step</c> line, a <c>-- hazard:</c> line per hazard, then
    /// its statements (shared with <see cref="RevisionScriptWriter"/>).</summary>
    internal static void WriteStep(StringBuilder sql, PlannedStep step)
    {
        sql.Append($"-- step {step.Number}: {OneLine(step.Operation.Describe())}\n");
        foreach (var hazard in step.Hazards)
        {
            sql.Append($"-- hazard: {hazard.Kind}: {hazard.Code.Id} {OneLine(hazard.Message)}\n");
        }

        foreach (var statement in StatementsOf(step))
        {
            sql.Append(statement).Append('\n');
        }
    }

    private static void WriteHeader(StringBuilder sql, MigrationPlan plan, ScriptHeader header)
    {
        sql.Append("-- SurveySchema migration script\n");
        sql.Append($"-- source: {OneLine(header.Source)}\n--   fingerprint {plan.SourceFingerprint}\n");
        sql.Append($"-- target: {OneLine(header.Target)}\n--   fingerprint {plan.TargetFingerprint}\n");
        sql.Append($"-- tool: surveyschema {OneLine(header.ToolVersion)}\n");
        sql.Append($"-- generated: {PlanSummary.Utc(header.GeneratedAt)}\n");
        PlanSummary.AppendCommentLines(sql, plan);

        sql.Append("-- run with: psql -v ON_ERROR_STOP=1 -f <this file>\n\n");
    }

    /// <summary>Text that goes into a <c>--</c> comment: line breaks would end the comment.</summary>
    internal static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
