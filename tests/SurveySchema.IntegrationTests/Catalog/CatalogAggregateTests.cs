using SurveySchema.Model;
using SurveySchema.Planning;
using SurveySchema.Scripting;
using SurveySchema.Server;

namespace SurveySchema.IntegrationTests.Catalog;

/// <summary>Aggregates and collations: read from pg_aggregate and pg_collation, extension members left out,
/// and spelled back by the scripting stage into statements that read back identical.</summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class CatalogAggregateTests
{
    private const string Aggregates = """
        CREATE FUNCTION public.add_step(state numeric, value numeric) RETURNS numeric
            LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT state + value $$;
        CREATE AGGREGATE public.accumulate(value numeric) (SFUNC = public.add_step, STYPE = numeric, INITCOND = '0');
        COMMENT ON AGGREGATE public.accumulate(numeric) IS 'adds up';
        REVOKE EXECUTE ON FUNCTION public.accumulate(numeric) FROM PUBLIC;

        -- avg(numeric)'s own definition: internal state, serial functions, moving mode, state size.
        CREATE AGGREGATE public.average(numeric) (
            SFUNC = numeric_avg_accum, STYPE = internal, SSPACE = 128, FINALFUNC = numeric_avg,
            COMBINEFUNC = numeric_avg_combine, SERIALFUNC = numeric_avg_serialize, DESERIALFUNC = numeric_avg_deserialize,
            MSFUNC = numeric_avg_accum, MINVFUNC = numeric_accum_inv, MSTYPE = internal, MSSPACE = 128, MFINALFUNC = numeric_avg,
            PARALLEL = SAFE);

        -- percentile_disc's and rank's: ordered-set and hypothetical-set.
        CREATE AGGREGATE public.pick(double precision ORDER BY anyelement) (
            SFUNC = ordered_set_transition, STYPE = internal, FINALFUNC = percentile_disc_final, FINALFUNC_EXTRA);
        CREATE AGGREGATE public.rank_of(VARIADIC "any" ORDER BY VARIADIC "any") (
            SFUNC = ordered_set_transition_multi, STYPE = internal, FINALFUNC = rank_final, FINALFUNC_EXTRA, HYPOTHETICAL);

        CREATE AGGREGATE public.highest(integer) (SFUNC = int4larger, STYPE = integer, SORTOP = >, FINALFUNC_MODIFY = SHAREABLE);
        """;

    private const string Collations = """
        CREATE COLLATION public.case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
        CREATE COLLATION public.bytewise (provider = libc, locale = 'C');
        CREATE COLLATION public.mixed (provider = libc, lc_collate = 'C', lc_ctype = 'POSIX');
        COMMENT ON COLLATION public.bytewise IS 'byte order';
        """;

    [Test]
    public async Task Aggregates_are_read_with_their_support_functions_kinds_and_options_and_no_extension_aggregate()
    {
        await using var database = await CatalogDatabase.CreateAsync(Aggregates);

        var model = await database.ReadAsync();

        Assert.That(model.Aggregates.Select(a => a.Signature), Is.EqualTo(new[]
        {
            "public.accumulate(value numeric)",
            "public.average(numeric)",
            "public.highest(integer)",
            "public.pick(double precision ORDER BY anyelement)",
            "public.rank_of(VARIADIC \"any\" ORDER BY VARIADIC \"any\")",
        }), "PostGIS's aggregates (ST_Union, ST_Extent, …) belong to the extension");
        Assert.That(model.Functions.Select(f => f.Name.Name), Is.EqualTo(new[] { "add_step" }), "aggregates are not functions");

        var accumulate = model.Aggregates[0];
        Assert.That((accumulate.Kind, accumulate.StateFunction, accumulate.StateType, accumulate.InitialCondition),
            Is.EqualTo((AggregateKind.Normal, new QualifiedName("public", "add_step"), "numeric", (string?)"0")));
        Assert.That((accumulate.Comment, accumulate.Grants.Count), Is.EqualTo(((string?)"adds up", 0)));

        var average = model.Aggregates[1];
        Assert.That(average.Grants, Is.EqualTo(new[] { new Grant(Grant.Public, "EXECUTE") }));
        Assert.That((average.StateSpace, average.CombineFunction?.Name, average.SerialFunction?.Name, average.DeserialFunction?.Name, average.Parallel),
            Is.EqualTo((128, "numeric_avg_combine", "numeric_avg_serialize", "numeric_avg_deserialize", ParallelSafety.Safe)));
        Assert.That(average.Moving, Is.EqualTo(new MovingAggregate(
            new QualifiedName("pg_catalog", "numeric_avg_accum"), new QualifiedName("pg_catalog", "numeric_accum_inv"), "internal")
        {
            StateSpace = 128,
            FinalFunction = new QualifiedName("pg_catalog", "numeric_avg"),
        }));

        Assert.That((model.Aggregates[2].SortOperator, model.Aggregates[2].FinalModify),
            Is.EqualTo(((QualifiedName?)new QualifiedName("pg_catalog", ">"), AggregateModify.Shareable)));
        Assert.That((model.Aggregates[3].Kind, model.Aggregates[3].FinalExtra, model.Aggregates[3].FinalModify),
            Is.EqualTo((AggregateKind.OrderedSet, true, AggregateModify.ReadWrite)));
        Assert.That(model.Aggregates[4].Kind, Is.EqualTo(AggregateKind.Hypothetical));
    }

    [Test]
    public async Task Collations_are_read_by_provider_and_locale()
    {
        await using var database = await CatalogDatabase.CreateAsync(Collations);

        var model = await database.ReadAsync();

        Assert.That(model.Collations, Is.EqualTo(new[]
        {
            new Collation(new QualifiedName("public", "bytewise")) { Locale = "C", Comment = "byte order" },
            new Collation(new QualifiedName("public", "case_insensitive"))
            {
                Provider = CollationProvider.Icu, Locale = "und-u-ks-level2", Deterministic = false,
            },
            new Collation(new QualifiedName("public", "mixed")) { Locale = "C", CharacterClassification = "POSIX" },
        }));
    }

    [Test]
    public async Task What_the_scripting_stage_writes_from_the_model_reads_back_identical()
    {
        await using var source = await CatalogDatabase.CreateAsync(Aggregates + Collations, DatabaseTemplate.Empty);
        await using var copy = await CatalogDatabase.CreateAsync("", DatabaseTemplate.Empty);
        var model = await source.ReadAsync();
        var empty = await copy.ReadAsync();

        var plan = MigrationPlanner.Plan(empty, model, PlanOptions.Default);
        foreach (var statement in plan.Steps.SelectMany(SqlScriptWriter.StatementsOf))
        {
            await copy.ExecuteAsync(statement);
        }

        var copied = await copy.ReadAsync();
        Assert.That(ModelJson.Serialize(copied), Is.EqualTo(ModelJson.Serialize(model)));
        Assert.That(copied, Is.EqualTo(model));
    }
}
