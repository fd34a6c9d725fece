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

    // An enum that loses a label is recreated: renamed aside, created anew, its columns converted, the old one
    // dropped. The columns' types while they wait are the aside type, spelled as format_type spells it.
    [TestCase("moods", "mood", "moods.mood", "moods.mood__old")]
    [TestCase("moods", "mood", "moods.mood[]", "moods.mood__old[]")]
    [TestCase("Moods", "Mood", "\"Moods\".\"Mood\"", "\"Moods\".\"Mood__old\"")]
    [TestCase("Moods", "Mood", "\"Moods\".\"Mood\"[]", "\"Moods\".\"Mood__old\"[]")]
    [TestCase("mood", "mood", "mood.mood", "mood.mood__old")]
    public void A_recreated_enum_renames_only_the_type_part_of_its_columns_types(string schema, string type, string columnType, string asideType)
    {
        var name = new QualifiedName(schema, type);
        var table = new QualifiedName(schema, "log");
        var mood = new UserDefinedType(name, TypeKind.Enum) { EnumLabels = ["sad", "meh", "happy"] };
        var column = Column("m", columnType, 1);
        var model = new DatabaseModel
        {
            Schemas = [new Schema("public"), new Schema(schema)],
            Tables = [new Table(table) { Columns = [column] }],
            Types = [mood],
            Dependencies = [new Dependency(new ObjectRef(ObjectRefKind.Column, table, "m"), new ObjectRef(ObjectRefKind.Type, name))],
        }.ToCanonical();

        var operations = SchemaDiffer.Diff(model, model with { Types = [mood with { EnumLabels = ["sad", "happy"] }] }, DiffOptions.Default);

        var convert = operations.OfType<AlterColumnType>().Single();
        Assert.That((convert.From.Type, convert.To.Type), Is.EqualTo((asideType, columnType)));
        Assert.That(operations.OfType<RenameType>().Single(), Is.EqualTo(new RenameType(name, type + "__old")));
        Assert.That(operations.OfType<DropType>().Single(), Has.Property(nameof(DropType.Aside)).True);
    }

    [Test]
    public void A_dropped_type_whose_name_ends_like_an_aside_is_no_aside()
    {
        var leftover = new UserDefinedType(Name("mood__old"), TypeKind.Enum) { EnumLabels = ["sad"] };

        var operations = SchemaDiffer.Diff(Db() with { Types = [leftover] }, Db(), DiffOptions.Default);

        Assert.That(operations.OfType<DropType>().Single(), Has.Property(nameof(DropType.Aside)).False);
    }
}
