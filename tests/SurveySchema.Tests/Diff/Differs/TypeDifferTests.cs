using SurveySchema.Diff;
using SurveySchema.Model;
using static SurveySchema.Tests.Diff.TestModels;

namespace SurveySchema.Tests.Diff.Differs;

/// <summary>Enums, domains, composite and range types (<c>TypeDiffer</c>).</summary>
[TestFixture]
public sealed class TypeDifferTests
{
    private static readonly Column Id = Column("id", "integer", 1, notNull: true);

    [Test]
    public void Adding_an_enum_label_anchors_it_before_the_next_existing_label()
    {
        var mood = new UserDefinedType(Name("mood"), TypeKind.Enum) { EnumLabels = ["sad", "happy"] };
        var current = Db() with { Types = [mood] };
        var desired = Db() with { Types = [mood with { EnumLabels = ["sad", "ok", "happy"] }] };

        Assert.That(SchemaDiffer.Diff(current, desired, DiffOptions.Default),
            Is.EqualTo(new Operation[] { new AddEnumValue(Name("mood"), "ok", "happy", null) }));
    }

    [Test]
    public void Domain_default_not_null_and_checks_are_altered_in_place()
    {
        var positive = new DomainCheck("positive", "CHECK ((VALUE > (0)::numeric))");
        var current = Db() with { Types = [new UserDefinedType(Name("accuracy"), TypeKind.Domain) { Domain = new Domain("numeric") }] };
        var desired = Db() with { Types = [new UserDefinedType(Name("accuracy"), TypeKind.Domain) { Domain = new Domain("numeric") { Default = "0", NotNull = true, Checks = [positive] } }] };

        var operations = SchemaDiffer.Diff(current, desired, DiffOptions.Default);

        Assert.That(operations, Is.EquivalentTo(new Operation[]
        {
            new SetDomainDefault(Name("accuracy"), "0"),
            new SetDomainNotNull(Name("accuracy"), true),
            new AddDomainCheck(Name("accuracy"), positive),
        }));
    }
}
