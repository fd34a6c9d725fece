using System.Reflection;
using SurveySchema.Model;
using SurveySchema.Planning;
using static SurveySchema.Tests.Diff.TestModels;

namespace SurveySchema.Tests.Planning;

[TestFixture]
public sealed class HazardCodeTests
{
    private static readonly Column Id = Column("id", "integer", 1, notNull: true);

    [Test]
    public void Codes_are_unique_and_their_group_digit_is_their_kind()
    {
        Assert.That(HazardCodes.All.Select(c => c.Id), Is.Unique);
        Assert.That(HazardCodes.All, Is.Not.Empty);
        foreach (var code in HazardCodes.All)
        {
            Assert.That(code.Id, Does.Match("^SH[1-7][0-9]{3}$"));
            Assert.That(code.Id[2] - '0', Is.EqualTo((int)code.Kind + 1), $"{code.Id} is a {code.Kind} code");
            Assert.That(code.Meaning, Is.Not.Empty);
        }
    }

    [Test]
    public void Every_code_is_documented_in_docs_hazards_and_the_docs_name_no_other()
    {
        var documented = RepositoryFiles.DocumentedCodes("hazards.md", "SH");

        Assert.That(documented, Is.Unique, "each code has one row");
        Assert.That(documented, Is.EquivalentTo(HazardCodes.All.Select(c => c.Id)));
    }

    [Test]
    public void Every_code_is_used_by_a_rule_and_every_kind_has_a_code()
    {
        var fields = typeof(HazardCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(HazardCode)).ToList();
        var rules = string.Join("\n", RepositoryFiles.Sources().Where(s => !s.Path.EndsWith("HazardCodes.cs", StringComparison.Ordinal)).Select(s => s.Text));

        Assert.That(fields.Count, Is.EqualTo(HazardCodes.All.Count), "All lists every field");
        foreach (var field in fields)
        {
            Assert.That(rules, Does.Contain($"HazardCodes.{field.Name}"), $"{field.Name} is not used by any rule (retire it in the docs, keep its number)");
        }

        Assert.That(HazardCodes.All.Select(c => c.Kind).Distinct(), Is.EquivalentTo(Enum.GetValues<HazardKind>()));
    }

    [Test]
    public void A_dropped_column_carries_the_codes_of_its_loss_and_of_its_reverse()
    {
        var plan = MigrationPlanner.Plan(Db(Table("t", Id, Column("a", "text", 2))), Db(Table("t", Id)), PlanOptions.Default);

        Assert.That(plan.Hazards.Select(h => h.Code), Is.EqualTo(new[] { HazardCodes.ColumnDropped, HazardCodes.ColumnNotRestorable }));
        Assert.That(plan.Hazards.Select(h => h.Kind), Is.EqualTo(new[] { HazardKind.DataLoss, HazardKind.Irreversible }));
    }

    [Test]
    public void An_index_on_an_existing_table_is_built_concurrently_when_online_and_blocking_when_not()
    {
        var current = Db(Table("t", Id, Column("a", "text", 2)));
        var desired = Db(Table("t", Id, Column("a", "text", 2)) with { Indexes = [Index("t", "t_a", "a")] });

        var online = MigrationPlanner.Plan(current, desired, PlanOptions.Default);
        var offline = MigrationPlanner.Plan(current, desired, PlanOptions.Default with { OnlineSafe = false });

        Assert.That(online.Hazards.Select(h => h.Code), Is.EqualTo(new[] { HazardCodes.IndexBuildConcurrent }));
        Assert.That(offline.Hazards.Select(h => h.Code), Is.EqualTo(new[] { HazardCodes.IndexBuildBlocking }));
    }
}
