using System.Text;
using SurveySchema.Model;

namespace SurveySchema.Tests.Model;

/// <summary>Aggregates and collations in the canonical JSON: absent when there are none (fingerprints of
/// databases without them are unchanged), read back equal when present.</summary>
public sealed class AggregateModelJsonTests
{
    [Test]
    public void A_model_without_aggregates_or_collations_does_not_mention_them()
    {
        var json = Encoding.UTF8.GetString(ModelJson.SerializeCanonical(new DatabaseModel { Schemas = [new Schema("public")] }));

        Assert.That(json, Does.Not.Contain("aggregates").And.Not.Contain("collations"));
    }

    [Test]
    public void Aggregates_and_collations_read_back_equal_and_in_canonical_order()
    {
        var model = new DatabaseModel
        {
            Aggregates =
            [
                new Aggregate(new QualifiedName("public", "z"), "integer") { StateFunction = new QualifiedName("pg_catalog", "int4pl"), StateType = "integer" },
                new Aggregate(new QualifiedName("public", "a"), "ORDER BY anyelement")
                {
                    Kind = AggregateKind.OrderedSet,
                    StateFunction = new QualifiedName("public", "step"),
                    StateType = "anyelement",
                    FinalModify = AggregateModify.ReadWrite,
                    Moving = new MovingAggregate(new QualifiedName("public", "m"), new QualifiedName("public", "i"), "integer"),
                    SortOperator = new QualifiedName("pg_catalog", "<"),
                    Parallel = ParallelSafety.Safe,
                    Grants = [new Grant(Grant.Public, "EXECUTE")],
                },
            ],
            Collations = [new Collation(new QualifiedName("public", "ci")) { Provider = CollationProvider.Icu, Locale = "und-u-ks-level2", Deterministic = false }],
        };

        var read = ModelJson.Deserialize(ModelJson.Serialize(model));

        Assert.That(read, Is.EqualTo(model.ToCanonical()));
        Assert.That(read.Aggregates.Select(a => a.Name.Name), Is.EqualTo(new[] { "a", "z" }));
        Assert.That(ModelJson.Serialize(model), Does.Contain("\"kind\": \"ordered-set\"").And.Contain("\"provider\": \"icu\""));
    }
}
