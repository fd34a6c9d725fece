using SurveySchema.Diff;
using SurveySchema.Model;
using SurveySchema.Planning;
using static SurveySchema.Tests.Diff.TestModels;

namespace SurveySchema.Tests.Planning;

/// <summary>Footprint keys are values: equal for the same object however they were built, different for different
/// objects even where their names would print alike.</summary>
public sealed class FootprintTests
{
    private static readonly QualifiedName Mood = Name("mood");

    [Test]
    public void A_dependency_edge_and_a_rule_name_the_same_object_with_equal_keys()
    {
        Assert.That(DependencyIndex.Key(new ObjectRef(ObjectRefKind.View, Name("v"))), Is.EqualTo(Footprint.Relation(Name("v"))));
        Assert.That(DependencyIndex.Key(new ObjectRef(ObjectRefKind.Sequence, Name("s"))), Is.EqualTo(Footprint.Relation(Name("s"))));
        Assert.That(DependencyIndex.Key(new ObjectRef(ObjectRefKind.Aggregate, Name("f"), "integer")), Is.EqualTo(Footprint.Function(Name("f"), "integer")));
        Assert.That(DependencyIndex.Key(new ObjectRef(ObjectRefKind.Index, Name("t"), "t_i")), Is.EqualTo(Footprint.Index(Name("t"), "t_i")));
        Assert.That(DependencyIndex.Key(new ObjectRef(ObjectRefKind.Column, Name("t"), "c")), Is.EqualTo(Footprint.Column(Name("t"), "c")));
    }

    [Test]
    public void A_comment_on_an_index_names_the_index_key()
    {
        Assert.That(ObjectRules.TargetKey(new ObjectTarget(ObjectRefKind.Index, Name("t_i"))), Is.EqualTo(Footprint.Index(Name("t"), "t_i")));
    }

    [Test]
    public void Keys_that_would_print_alike_stay_apart()
    {
        Assert.That(Footprint.Column(Name("a.b"), "c"), Is.Not.EqualTo(Footprint.Column(Name("a"), "b.c")));
        Assert.That(Footprint.UniqueKey(Name("t"), ["a,b"]), Is.Not.EqualTo(Footprint.UniqueKey(Name("t"), ["a", "b"])));
        Assert.That(Footprint.Function(Name("f"), "integer"), Is.Not.EqualTo(Footprint.Function(Name("f"), "text")));
        Assert.That(Footprint.Relation(Name("t_i")), Is.Not.EqualTo(Footprint.Index(Name("t"), "t_i")));
        Assert.That(Footprint.Schema("x"), Is.Not.EqualTo(Footprint.Role("x")));
        Assert.That(Footprint.Constraint(Name("t"), "c"), Is.Not.EqualTo(Footprint.Validated(Name("t"), "c")));
    }

    [Test]
    public void A_unique_key_is_its_columns_in_order()
    {
        Assert.That(Footprint.UniqueKey(Name("t"), ["a", "b"]), Is.EqualTo(Footprint.UniqueKey(Name("t"), new List<string> { "a", "b" })));
        Assert.That(Footprint.UniqueKey(Name("t"), ["a", "b"]), Is.Not.EqualTo(Footprint.UniqueKey(Name("t"), ["b", "a"])));
    }

    [Test]
    public void The_labels_key_belongs_to_a_type_key_only()
    {
        Assert.That(Footprint.LabelsOf(Footprint.Type(Mood)), Is.EqualTo(Footprint.Labels(Mood)));
        Assert.That(Footprint.LabelsOf(Footprint.Relation(Mood)), Is.Null);
    }

    [Test]
    public void A_step_using_an_enum_waits_for_the_labels_the_plan_adds_and_adding_one_does_not()
    {
        var model = Db(Table("t", Column("m", "public.mood", 1))) with
        {
            Types = [new UserDefinedType(Mood, TypeKind.Enum) { EnumLabels = ["a"] }],
            Dependencies = [new Dependency(new ObjectRef(ObjectRefKind.Column, Name("t"), "m"), new ObjectRef(ObjectRefKind.Type, Mood))],
        };
        var references = new DependencyIndex(model, model, []);

        var addColumn = FootprintRules.For(new AddColumn(Name("t"), Column("m", "public.mood", 1)), references);
        var addLabel = FootprintRules.For(new AddEnumValue(Mood, "b", null, "a"), references);

        Assert.That(addColumn.Needs, Is.SupersetOf(new[] { Footprint.Type(Mood), Footprint.Labels(Mood), Footprint.Relation(Name("t")) }));
        Assert.That(addColumn.ColumnChain, Is.EqualTo(Footprint.Column(Name("t"), "m")));
        Assert.That(addLabel.Needs, Is.EqualTo(new[] { Footprint.Type(Mood) }));
        Assert.That(addLabel.Creates, Is.EqualTo(new[] { Footprint.Labels(Mood) }));
    }

    [Test]
    public void An_aside_drop_replaces_the_renamed_type_and_a_plain_drop_removes_it()
    {
        var aside = new UserDefinedType(Name("mood__old"), TypeKind.Enum);
        var references = new DependencyIndex(Db(), Db(), []);

        var asideDrop = FootprintRules.For(new DropType(aside) { Aside = true }, references);
        var plainDrop = FootprintRules.For(new DropType(aside), references);

        Assert.That(asideDrop.Replaces, Is.EqualTo(new[] { Footprint.Type(aside.Name) }));
        Assert.That(asideDrop.Removes, Is.Empty);
        Assert.That(plainDrop.Removes, Is.EqualTo(new[] { Footprint.Type(aside.Name) }));
    }
}
