using SurveySchema.Diff;
using SurveySchema.Model;
using static SurveySchema.Tests.Diff.TestModels;

namespace SurveySchema.Tests.Diff.Differs;

/// <summary>Sequences (<c>SequenceDiffer</c>): options, ownership, persistence.</summary>
[TestFixture]
public sealed class SequenceDifferTests
{
    private static readonly Column Id = Column("id", "integer", 1, notNull: true);

    private static readonly Sequence Numbers = new(Name("numbers"), new SequenceOptions("bigint", 1, 1, 1, long.MaxValue, 1, false));

    [Test]
    public void Changed_options_are_one_AlterSequence_and_a_new_owner_is_SetSequenceOwner()
    {
        var owner = new ColumnReference(Name("t"), "id");
        var changed = Numbers with { Options = Numbers.Options with { Increment = 10 }, OwnedBy = owner };

        var operations = SchemaDiffer.Diff(Db(Table("t", Id)) with { Sequences = [Numbers] }, Db(Table("t", Id)) with { Sequences = [changed] }, DiffOptions.Default);

        Assert.That(operations, Is.EqualTo(new Operation[]
        {
            new AlterSequence(Numbers.Name, Numbers.Options, changed.Options),
            new SetSequenceOwner(Numbers.Name, owner, null),
        }));
    }

    [Test]
    public void A_sequence_owned_by_a_dropped_column_goes_with_it_and_is_not_dropped_again()
    {
        var owned = Numbers with { OwnedBy = new ColumnReference(Name("t"), "n") };

        var operations = SchemaDiffer.Diff(Db(Table("t", Id, Column("n", "bigint", 2))) with { Sequences = [owned] }, Db(Table("t", Id)), DiffOptions.Default);

        Assert.That(operations.OfType<DropSequence>(), Is.Empty);
        Assert.That(operations.OfType<DropColumn>().Select(o => o.Column.Name), Is.EqualTo(new[] { "n" }));
    }

    [Test]
    public void A_persistence_difference_on_its_own_is_a_remark_not_an_operation()
    {
        var difference = SchemaDiffer.Compare(Db() with { Sequences = [Numbers] }, Db() with { Sequences = [Numbers with { Persistence = Persistence.Unlogged }] }, DiffOptions.Default);

        Assert.That(difference.Operations, Is.Empty);
        Assert.That(difference.Remarks.Select(r => r.Code), Is.EqualTo(new[] { RemarkCodes.SequencePersistenceKept }));
    }
}
