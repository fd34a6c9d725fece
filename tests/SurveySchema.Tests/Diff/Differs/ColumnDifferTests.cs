using SurveySchema.Diff;
using SurveySchema.Model;
using static SurveySchema.Tests.Diff.TestModels;

namespace SurveySchema.Tests.Diff.Differs;

/// <summary>Columns (<c>ColumnDiffer</c>): added, dropped, defaults, NOT NULL and order, through <see cref="SchemaDiffer"/>.
/// Type conversions are the column conversion's own tests.</summary>
[TestFixture]
public sealed class ColumnDifferTests
{
    private static readonly Column Id = Column("id", "integer", 1, notNull: true);

    [Test]
    public void A_new_column_is_one_AddColumn_carrying_the_column()
    {
        var archived = Column("is_archived", "boolean", 2, notNull: true) with { Default = "false" };
        var current = Db(Table("projects", Id));
        var desired = Db(Table("projects", Id, archived));

        var operations = SchemaDiffer.Diff(current, desired, DiffOptions.Default);

        Assert.That(operations, Is.EqualTo(new Operation[] { new AddColumn(Name("projects"), archived) }));
    }

    [Test]
    public void Column_order_is_a_remark_not_an_operation()
    {
        var current = Db(Table("t", Id, Column("a", "text", 2), Column("b", "text", 3)));
        var desired = Db(Table("t", Id, Column("b", "text", 2), Column("a", "text", 3)));

        var difference = SchemaDiffer.Compare(current, desired, DiffOptions.Default);

        Assert.That(difference.Operations, Is.Empty);
        Assert.That(difference.Remarks.Select(r => r.Code), Is.EqualTo(new[] { RemarkCodes.ColumnOrder }));
    }

    [Test]
    public void A_changed_default_is_dropped_then_set_and_a_removed_one_is_dropped()
    {
        var current = Db(Table("t", Id, Column("a", "text", 2) with { Default = "'x'::text" }, Column("b", "text", 3) with { Default = "'z'::text" }));
        var desired = Db(Table("t", Id, Column("a", "text", 2) with { Default = "'y'::text" }, Column("b", "text", 3)));

        var operations = SchemaDiffer.Diff(current, desired, DiffOptions.Default);

        Assert.That(operations, Is.EqualTo(new Operation[]
        {
            new DropColumnDefault(Name("t"), "a", "'x'::text"),
            new SetColumnDefault(Name("t"), "a", "'y'::text", "'x'::text"),
            new DropColumnDefault(Name("t"), "b", "'z'::text"),
        }));
    }

    [Test]
    public void NOT_NULL_added_and_removed_are_SetNotNull_and_DropNotNull()
    {
        var current = Db(Table("t", Id, Column("a", "text", 2), Column("b", "text", 3, notNull: true)));
        var desired = Db(Table("t", Id, Column("a", "text", 2, notNull: true), Column("b", "text", 3)));

        var operations = SchemaDiffer.Diff(current, desired, DiffOptions.Default);

        Assert.That(operations, Is.EquivalentTo(new Operation[] { new SetNotNull(Name("t"), "a"), new DropNotNull(Name("t"), "b") }));
    }

    [Test]
    public void A_column_added_between_existing_ones_is_added_with_a_remark_that_it_goes_at_the_end()
    {
        var current = Db(Table("t", Id, Column("b", "text", 2)));
        var desired = Db(Table("t", Id, Column("a", "text", 2), Column("b", "text", 3)));

        var difference = SchemaDiffer.Compare(current, desired, DiffOptions.Default);

        Assert.That(difference.Operations, Is.EqualTo(new Operation[] { new AddColumn(Name("t"), Column("a", "text", 2)) }));
        Assert.That(difference.Remarks.Select(r => r.Code), Is.EqualTo(new[] { RemarkCodes.ColumnsAddedAtEnd }));
    }
}
