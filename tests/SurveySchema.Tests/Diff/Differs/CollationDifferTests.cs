using SurveySchema.Diff;
using SurveySchema.Model;
using static SurveySchema.Tests.Diff.Differs.AggregateDifferTests;
using static SurveySchema.Tests.Diff.TestModels;

namespace SurveySchema.Tests.Diff.Differs;

/// <summary>Collations (<c>CollationDiffer</c>): created, dropped, commented, and recreated when they change.</summary>
[TestFixture]
public sealed class CollationDifferTests
{
    [Test]
    public void Collations_are_created_dropped_and_commented()
    {
        var bytewise = new Collation(Name("bytewise")) { Locale = "C" };

        var operations = SchemaDiffer.Diff(With(collations: [bytewise]), With(collations: [CaseInsensitive with { Comment = "no case" }]), DiffOptions.Default);

        Assert.That(operations, Is.EqualTo(new Operation[]
        {
            new DropCollation(bytewise),
            new CreateCollation(CaseInsensitive with { Comment = "no case" }),
            new SetComment(new ObjectTarget(ObjectRefKind.Collation, CaseInsensitive.Name), "no case", null),
        }));
    }

    [Test]
    public void A_changed_collation_is_dropped_and_created_again_and_columns_using_it_are_named()
    {
        var table = Table("owners", Column("name", "text", 1) with { Collation = "public.case_insensitive" });
        var changed = CaseInsensitive with { Locale = "und-u-ks-level1" };

        var current = With(collations: [CaseInsensitive], tables: [table]) with
        {
            Dependencies = [new Dependency(new ObjectRef(ObjectRefKind.Column, table.Name, "name"), new ObjectRef(ObjectRefKind.Collation, CaseInsensitive.Name))],
        };

        var difference = SchemaDiffer.Compare(current, With(collations: [changed], tables: [table]), DiffOptions.Default);

        Assert.That(difference.Operations, Is.EqualTo(new Operation[] { new DropCollation(CaseInsensitive), new CreateCollation(changed) }));
        Assert.That(difference.Remarks.Select(r => r.Code), Is.EqualTo(new[] { RemarkCodes.CollationRecreated }));
        Assert.That(difference.Remarks.Single().Text, Does.Contain("public.owners.name"), "the remark names the column that uses the collation");
    }
}
