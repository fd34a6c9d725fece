using SurveySchema.Model;
using SurveySchema.Planning;
using SurveySchema.Scripting;
using static SurveySchema.Tests.Diff.TestModels;

namespace SurveySchema.Tests.Scripting;

public sealed class SqlScriptWriterTests
{
    private static readonly ScriptHeader Header = new("1.2.3")
    {
        GeneratedAt = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(2)),
        LockTimeout = "3s",
        StatementTimeout = "15min",
    };

    private static readonly Column Id = Column("id", "integer", 1, notNull: true);

    [Test]
    public void An_empty_plan_says_nothing_to_do_and_sets_the_timeouts()
    {
        var model = Db(Table("t", Id));
        var script = SqlScriptWriter.Write(MigrationPlanner.Plan(model, model, PlanOptions.Default), Header);

        Assert.That(script, Does.Contain("nothing to do"));
        Assert.That(script, Does.Contain("SET lock_timeout = '3s';\nSET statement_timeout = '15min';"));
        Assert.That(script, Does.Not.Contain("BEGIN"));
        Assert.That(script, Does.Contain("-- generated: 2026-01-02T01:04:05Z"));
    }

    [Test]
    public void Concurrent_index_stands_outside_the_transaction_and_hazards_precede_their_statement()
    {
        var current = Db(Table("t", Id, Column("a", "text", 2)));
        var desired = Db(Table("t", Id, Column("b", "text", 2)) with { Indexes = [Index("t", "t_b", "b")] });

        var script = SqlScriptWriter.Write(MigrationPlanner.Plan(current, desired, PlanOptions.Default), Header);

        Assert.That(script, Does.Contain("BEGIN;\n"));
        Assert.That(script, Does.Match(@"\n-- hazard: DataLoss: SH1002 [^\n]*\n-- hazard: Irreversible: SH6002 [^\n]*\nALTER TABLE public\.t DROP COLUMN a;"));
        var commit = script.LastIndexOf("COMMIT;", StringComparison.Ordinal);
        var index = script.IndexOf("CREATE INDEX CONCURRENTLY t_b ON public.t USING btree (b);", StringComparison.Ordinal);
        Assert.That(index, Is.GreaterThan(commit), "CREATE INDEX CONCURRENTLY runs after the transaction that adds the column");
    }

    [Test]
    public void The_json_plan_reads_back()
    {
        var current = Db(Table("t", Id));
        var desired = Db(Table("t", Id, Column("a", "text", 2) with { Comment = "it's" }));
        var plan = MigrationPlanner.Plan(current, desired, PlanOptions.Default);

        var document = JsonPlanWriter.Read(JsonPlanWriter.Write(plan, Header));

        Assert.That(document.SourceFingerprint, Is.EqualTo(plan.SourceFingerprint));
        Assert.That(document.TargetFingerprint, Is.EqualTo(plan.TargetFingerprint));
        Assert.That(document.Segments.SelectMany(s => s.Steps).SelectMany(s => s.Sql), Is.EqualTo(new[]
        {
            "ALTER TABLE public.t ADD COLUMN a text;",
            "COMMENT ON COLUMN public.t.a IS 'it''s';",
        }));
    }

    [Test]
    public void The_report_lists_changes_per_table_with_row_estimates()
    {
        var current = Db(Table("t", Id, Column("a", "text", 2)));
        var desired = Db(Table("t", Id));
        var options = PlanOptions.Default with { RowEstimates = new Dictionary<QualifiedName, long> { [Name("t")] = 1234 } };

        var report = MarkdownReportWriter.Write(MigrationPlanner.Plan(current, desired, options), Header);

        Assert.That(report, Does.Contain("### table public.t (~1,234 rows)"));
        Assert.That(report, Does.Match(@"\n\| 1 \| DataLoss SH1002 \| [^|\n]*\(~1,234 rows\) \|\n"));
    }
}
