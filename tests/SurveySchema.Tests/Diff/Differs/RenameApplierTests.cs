using SurveySchema.Diff;
using SurveySchema.Model;
using static SurveySchema.Tests.Diff.TestModels;

namespace SurveySchema.Tests.Diff.Differs;

/// <summary>Declared renames (<c>RenameApplier</c>, from <c>schema/refactorlog.json</c>): renames are never guessed.</summary>
[TestFixture]
public sealed class RenameApplierTests
{
    private static readonly Column Id = Column("id", "integer", 1, notNull: true);

    [Test]
    public void A_renamed_column_without_a_declared_rename_is_a_drop_and_an_add()
    {
        var current = Db(Table("t", Id, Column("old_name", "text", 2)));
        var desired = Db(Table("t", Id, Column("new_name", "text", 2)));

        var operations = SchemaDiffer.Diff(current, desired, DiffOptions.Default);

        Assert.That(operations.Select(o => o.GetType()), Is.EquivalentTo(new[] { typeof(DropColumn), typeof(AddColumn) }));
    }

    [Test]
    public void A_declared_column_rename_is_a_RenameColumn_only()
    {
        var current = Db(Table("t", Id, Column("old_name", "text", 2)));
        var desired = Db(Table("t", Id, Column("new_name", "text", 2)));
        var options = new DiffOptions { Renames = RefactorLog.Parse("""[{"kind":"column","table":"public.t","from":"old_name","to":"new_name"}]""") };

        var operations = SchemaDiffer.Diff(current, desired, options);

        Assert.That(operations, Is.EqualTo(new Operation[] { new RenameColumn(Name("t"), "old_name", "new_name") }));
    }

    [Test]
    public void A_declared_table_rename_is_a_RenameTable_only()
    {
        var current = Db(Table("old_t", Id));
        var desired = Db(Table("new_t", Id));
        var options = new DiffOptions { Renames = RefactorLog.Parse("""{"entries":[{"kind":"table","from":"public.old_t","to":"new_t"}]}""") };

        Assert.That(SchemaDiffer.Diff(current, desired, options), Is.EqualTo(new Operation[] { new RenameTable(Name("old_t"), "new_t") }));
    }

    [Test]
    public void A_declared_rename_that_does_not_apply_is_ignored_with_a_remark()
    {
        var model = Db(Table("t", Id));
        var options = new DiffOptions { Renames = RefactorLog.Parse("""[{"kind":"table","from":"public.gone","to":"t"},{"kind":"column","table":"public.t","from":"x","to":"y"}]""") };

        var difference = SchemaDiffer.Compare(model, model, options);

        Assert.That(difference.Operations, Is.Empty);
        Assert.That(difference.Remarks.Select(r => r.Code), Is.EquivalentTo(new[] { RemarkCodes.TableRenameIgnored, RemarkCodes.ColumnRenameIgnored }));
    }
}
