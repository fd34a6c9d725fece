using SurveySchema.Diff;
using SurveySchema.Model;
using SurveySchema.Planning;
using static SurveySchema.Tests.Diff.TestModels;

namespace SurveySchema.Tests.Planning;

/// <summary>Edges PostgreSQL needs that the differ's default order used to provide by luck: each pair is handed to
/// the graph in the wrong order and must come out right from the footprints alone.</summary>
public sealed class FootprintRulesTests
{
    /// <summary>The graph's order of <paramref name="operations"/> (given in differ order), by their footprints.</summary>
    private static Operation[] Ordered(params Operation[] operations)
    {
        var references = new DependencyIndex(Db(), Db(), []);
        var drafts = operations.Select(o => new StepDraft(o, StepIsolation.Shared)).ToList();
        var order = new OperationGraph(drafts, [.. operations.Select(o => FootprintRules.For(o, references))]).Sort(out var cycles);
        Assert.That(cycles, Is.Empty);
        return [.. order.Select(i => operations[i])];
    }

    [Test]
    public void Drop_not_null_waits_for_the_primary_key_that_holds_the_column()
    {
        var dropNotNull = new DropNotNull(Name("t"), "id");
        var dropKey = new DropConstraint(Name("t"), PrimaryKey("t_pkey", "id"));

        Assert.That(Ordered(dropNotNull, dropKey), Is.EqualTo(new Operation[] { dropKey, dropNotNull }));
    }

    [Test]
    public void A_constraint_is_added_after_the_extensions_and_dropped_before_them()
    {
        var extension = new Extension("btree_gist", "1.7", "public");
        var exclusion = new Constraint("t_excl", ConstraintKind.Exclusion) { Columns = ["room"], Definition = "EXCLUDE USING gist (room WITH =)" };
        var add = new AddConstraint(Name("t"), exclusion);
        var drop = new DropConstraint(Name("t"), exclusion);

        Assert.That(Ordered(add, new CreateExtension(extension)), Is.EqualTo(new Operation[] { new CreateExtension(extension), add }));
        Assert.That(Ordered(new DropExtension(extension), drop), Is.EqualTo(new Operation[] { drop, new DropExtension(extension) }));
    }

    [Test]
    public void A_type_is_dropped_before_its_schema()
    {
        var dropType = new DropType(new UserDefinedType(new QualifiedName("legacy", "state"), TypeKind.Enum));

        Assert.That(Ordered(new DropSchema("legacy"), dropType), Is.EqualTo(new Operation[] { dropType, new DropSchema("legacy") }));
    }

    [Test]
    public void A_column_of_a_renamed_table_is_renamed_under_the_table_new_name_after_the_table_rename()
    {
        var renameColumn = new RenameColumn(Name("projects"), "title", "name");
        var renameTable = new RenameTable(Name("jobs"), "projects");

        Assert.That(Ordered(renameColumn, renameTable), Is.EqualTo(new Operation[] { renameTable, renameColumn }));
    }
}
