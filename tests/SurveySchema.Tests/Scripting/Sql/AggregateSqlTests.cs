using SurveySchema.Diff;
using SurveySchema.Model;
using SurveySchema.Scripting.Sql;
using static SurveySchema.Tests.Diff.TestModels;
using static SurveySchema.Tests.Scripting.Sql.SqlCases;

namespace SurveySchema.Tests.Scripting.Sql;

/// <summary>CREATE AGGREGATE and CREATE COLLATION as spelled from the model, and the argument lists
/// DROP, COMMENT ON and GRANT need for ordered-set and argument-less aggregates.</summary>
public sealed class AggregateSqlTests
{
    private static readonly Aggregate Percentile = new(Name("percentile"), "double precision ORDER BY anyelement")
    {
        Kind = AggregateKind.OrderedSet,
        Arguments = "double precision ORDER BY anyelement",
        StateFunction = new QualifiedName("pg_catalog", "ordered_set_transition"),
        StateType = "internal",
        FinalFunction = new QualifiedName("pg_catalog", "percentile_disc_final"),
        FinalExtra = true,
        FinalModify = AggregateModify.ReadWrite,
    };

    private static readonly Collation CaseInsensitive = new(Name("ci")) { Provider = CollationProvider.Icu, Locale = "und-u-ks-level2", Deterministic = false };

    public static IEnumerable<TestCaseData> Cases =>
    [
        Case(new CreateAggregate(Percentile),
            "CREATE AGGREGATE public.percentile(double precision ORDER BY anyelement) (\n"
            + "    SFUNC = pg_catalog.ordered_set_transition,\n    STYPE = internal,\n"
            + "    FINALFUNC = pg_catalog.percentile_disc_final,\n    FINALFUNC_EXTRA\n)"),
        Case(new DropAggregate(Percentile), "DROP AGGREGATE public.percentile(double precision ORDER BY anyelement)"),
        Case(new CreateCollation(CaseInsensitive), "CREATE COLLATION public.ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false)"),
        Case(new DropCollation(CaseInsensitive), "DROP COLLATION public.ci"),
    ];

    [TestCaseSource(nameof(Cases))]
    public void An_operation_becomes_its_statements(Operation operation, string[] sql) => AssertGenerates(operation, sql);

    [Test]
    public void An_ordered_set_aggregate_leaves_out_PostgreSQLs_defaults_for_its_kind()
    {
        Assert.That(SqlGenerator.Statements(new CreateAggregate(Percentile)), Is.EqualTo(new[]
        {
            "CREATE AGGREGATE public.percentile(double precision ORDER BY anyelement) (\n"
            + "    SFUNC = pg_catalog.ordered_set_transition,\n    STYPE = internal,\n"
            + "    FINALFUNC = pg_catalog.percentile_disc_final,\n    FINALFUNC_EXTRA\n)",
        }));
    }

    [Test]
    public void A_hypothetical_aggregate_says_so_and_a_normal_one_names_a_non_default_modify()
    {
        var rank = Percentile with { Kind = AggregateKind.Hypothetical, FinalModify = AggregateModify.ReadOnly, Parallel = ParallelSafety.Restricted };
        var normal = Percentile with { Kind = AggregateKind.Normal, Arguments = "numeric", FinalExtra = false, SortOperator = new QualifiedName("pg_catalog", "<") };

        Assert.That(SqlGenerator.Statements(new CreateAggregate(rank)).Single(),
            Does.EndWith("FINALFUNC_MODIFY = READ_ONLY,\n    PARALLEL = RESTRICTED,\n    HYPOTHETICAL\n)"));
        Assert.That(SqlGenerator.Statements(new CreateAggregate(normal)).Single(),
            Does.EndWith("FINALFUNC_MODIFY = READ_WRITE,\n    SORTOP = OPERATOR(pg_catalog.<)\n)"));
    }

    [Test]
    public void Drop_comment_and_grant_name_the_aggregate_in_the_forms_each_statement_takes()
    {
        var ticks = new Aggregate(Name("ticks"), "") { StateFunction = Name("tick"), StateType = "bigint" };
        var target = new ObjectTarget(ObjectRefKind.Aggregate, Percentile.Name, Percentile.IdentityArguments);
        var rank = new ObjectTarget(ObjectRefKind.Aggregate, Name("rank_of"), "VARIADIC \"any\" ORDER BY VARIADIC \"any\"");

        Assert.That(SqlGenerator.Statements(new DropAggregate(ticks)), Is.EqualTo(new[] { "DROP AGGREGATE public.ticks(*)" }));
        Assert.That(SqlGenerator.Statements(new SetComment(target, "p", null)),
            Is.EqualTo(new[] { "COMMENT ON AGGREGATE public.percentile(double precision ORDER BY anyelement) IS 'p'" }));
        Assert.That(SqlGenerator.Statements(new GrantPrivilege(target, new Grant("PUBLIC", "EXECUTE"))),
            Is.EqualTo(new[] { "GRANT EXECUTE ON FUNCTION public.percentile(double precision, anyelement) TO PUBLIC" }));
        Assert.That(SqlGenerator.Statements(new RevokePrivilege(rank, new Grant("PUBLIC", "EXECUTE"))),
            Is.EqualTo(new[] { "REVOKE EXECUTE ON FUNCTION public.rank_of(VARIADIC \"any\") FROM PUBLIC" }));
    }

    [Test]
    public void Collations_are_spelled_by_provider()
    {
        var icu = new Collation(Name("ci")) { Provider = CollationProvider.Icu, Locale = "und-u-ks-level2", Deterministic = false };
        var libc = new Collation(Name("mixed")) { Locale = "C", CharacterClassification = "en_US.utf8" };

        Assert.That(SqlGenerator.Statements(new CreateCollation(icu)),
            Is.EqualTo(new[] { "CREATE COLLATION public.ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false)" }));
        Assert.That(SqlGenerator.Statements(new CreateCollation(libc)),
            Is.EqualTo(new[] { "CREATE COLLATION public.mixed (provider = libc, lc_collate = 'C', lc_ctype = 'en_US.utf8')" }));
        Assert.That(SqlGenerator.Statements(new SetComment(new ObjectTarget(ObjectRefKind.Collation, Name("ci")), null, "x")),
            Is.EqualTo(new[] { "COMMENT ON COLLATION public.ci IS NULL" }));
    }
}
