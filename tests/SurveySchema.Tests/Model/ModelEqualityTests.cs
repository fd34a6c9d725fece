using SurveySchema.Model;

namespace SurveySchema.Tests.Model;

/// <summary>Records compare by value all the way down, collections included.</summary>
[TestFixture]
public sealed class ModelEqualityTests
{
    [Test]
    public void Two_models_built_separately_from_the_same_values_are_equal()
    {
        var first = SampleModel.Create();
        var second = SampleModel.Create();

        Assert.That(ReferenceEquals(first, second), Is.False);
        Assert.That(first == second, Is.True);
        Assert.That(first.GetHashCode(), Is.EqualTo(second.GetHashCode()));
        Assert.That(first.Tables[0] == second.Tables[0], Is.True, "tables compare by value, columns and all");
    }

    [Test]
    public void A_table_that_differs_in_one_nested_value_is_not_equal()
    {
        var table = SampleModel.Create().Tables.Single(t => t.Name == SampleModel.Projects);
        var changed = table with
        {
            Columns = [.. table.Columns.Select(c => c.Name == "boundary" ? c with { TypeFacts = TestTypes.Spatial(c.Spatial! with { Srid = 4326 }) } : c)],
        };

        Assert.That(changed == table, Is.False);
        Assert.That(changed.Equals(table), Is.False);
    }

    [Test]
    public void Equatable_arrays_compare_elements_in_order()
    {
        EquatableArray<string> ab = ["a", "b"];
        EquatableArray<string> alsoAb = new([.. new[] { "a", "b" }]);
        EquatableArray<string> ba = ["b", "a"];

        Assert.That(ab == alsoAb, Is.True);
        Assert.That(ab.GetHashCode(), Is.EqualTo(alsoAb.GetHashCode()));
        Assert.That(ab == ba, Is.False, "order is part of the value (key columns, enum labels)");
        Assert.That(ab.ToString(), Is.EqualTo("[a, b]"));
    }

    [Test]
    public void A_default_equatable_array_is_the_empty_array()
    {
        EquatableArray<int> unset = default;
        EquatableArray<int> empty = [];

        Assert.That(unset == empty, Is.True);
        Assert.That(unset.Count, Is.Zero);
        Assert.That(unset.Items.IsDefault, Is.False);
        Assert.That(new Table(SampleModel.Projects) == new Table(SampleModel.Projects) { Columns = [] }, Is.True);
    }

    [Test]
    public void Canonical_order_makes_build_order_irrelevant()
    {
        var model = SampleModel.Create();
        var shuffled = model with
        {
            Tables = [.. model.Tables.Reverse().Select(t => t with
            {
                Columns = [.. t.Columns.Reverse()],
                Indexes = [.. t.Indexes.Reverse()],
                Grants = [.. t.Grants.Reverse()],
            })],
            Functions = [.. model.Functions.Reverse()],
            Schemas = [.. model.Schemas.Reverse()],
        };

        Assert.That(shuffled == model, Is.False, "collections keep the order they were built in");
        Assert.That(shuffled.ToCanonical(), Is.EqualTo(model));
        Assert.That(Fingerprint.Of(shuffled), Is.EqualTo(Fingerprint.Of(model)));
    }

    [Test]
    public void Canonical_order_sorts_names_ordinally_and_keeps_meaningful_order()
    {
        var model = new DatabaseModel
        {
            Schemas = [new Schema("b"), new Schema("B"), new Schema("a")],
            Types = [new UserDefinedType(new QualifiedName("public", "t"), TypeKind.Enum) { EnumLabels = ["z", "a", "m"] }],
            Tables =
            [
                new Table(new QualifiedName("public", "t"))
                {
                    Columns = [new Column("z", "text") { Ordinal = 2 }, new Column("a", "text") { Ordinal = 1 }],
                    Constraints = [new Constraint("pk", ConstraintKind.PrimaryKey) { Columns = ["z", "a"] }],
                },
            ],
        }.ToCanonical();

        Assert.That(model.Schemas.Select(s => s.Name), Is.EqualTo(new[] { "B", "a", "b" }), "ordinal, not culture order");
        Assert.That(model.Types[0].EnumLabels, Is.EqualTo(new EquatableArray<string>(["z", "a", "m"])));
        Assert.That(model.Tables[0].Columns.Select(c => c.Name), Is.EqualTo(new[] { "a", "z" }), "columns by ordinal");
        Assert.That(model.Tables[0].Constraints[0].Columns, Is.EqualTo(new EquatableArray<string>(["z", "a"])));
    }

    [Test]
    public void Function_signature_names_schema_name_and_identity_arguments()
    {
        var function = new Function(new QualifiedName("public", "add"), "a integer, b integer");
        Assert.That(function.Signature, Is.EqualTo("public.add(a integer, b integer)"));
    }
}
