using SurveySchema.Diff;
using SurveySchema.Model;
using static SurveySchema.Tests.Diff.TestModels;

namespace SurveySchema.Tests.Diff;

/// <summary>An enum that loses a label is recreated: renamed aside, created anew, its columns converted, the old
/// one dropped. The columns' types while they wait are the aside type, spelled as format_type spells it.</summary>
public sealed class TypeDifferTests
{
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
