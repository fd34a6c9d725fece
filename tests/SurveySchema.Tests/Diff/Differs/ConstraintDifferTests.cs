using SurveySchema.Diff;
using SurveySchema.Model;
using static SurveySchema.Tests.Diff.TestModels;

namespace SurveySchema.Tests.Diff.Differs;

/// <summary>Table constraints (<c>ConstraintDiffer</c>): a changed definition is a drop and an add; validation is its own step.</summary>
[TestFixture]
public sealed class ConstraintDifferTests
{
    private static readonly Column Id = Column("id", "integer", 1, notNull: true);

    private static readonly Constraint Positive = new("n_positive", ConstraintKind.Check) { Columns = ["n"], Definition = "CHECK ((n > 0))" };

    private static DatabaseModel With(params Constraint[] constraints) => Db(Table("t", Id, Column("n", "integer", 2)) with { Constraints = [.. constraints] });

    [Test]
    public void A_changed_check_is_dropped_and_added_again()
    {
        var wider = Positive with { Definition = "CHECK ((n >= 0))" };

        var operations = SchemaDiffer.Diff(With(Positive), With(wider), DiffOptions.Default);

        Assert.That(operations, Is.EqualTo(new Operation[] { new DropConstraint(Name("t"), Positive), new AddConstraint(Name("t"), wider) }));
    }

    [Test]
    public void A_constraint_validated_on_the_desired_side_only_is_VALIDATE_CONSTRAINT_and_nothing_else()
    {
        var notValid = Positive with { Definition = "CHECK ((n > 0)) NOT VALID", Validated = false };

        var operations = SchemaDiffer.Diff(With(notValid), With(Positive), DiffOptions.Default);

        Assert.That(operations, Is.EqualTo(new Operation[] { new ValidateConstraint(Name("t"), "n_positive") }));
    }

    [Test]
    public void A_validated_constraint_wanted_NOT_VALID_is_dropped_and_added_back_NOT_VALID()
    {
        var notValid = Positive with { Definition = "CHECK ((n > 0)) NOT VALID", Validated = false };

        var operations = SchemaDiffer.Diff(With(Positive), With(notValid), DiffOptions.Default);

        Assert.That(operations, Is.EqualTo(new Operation[] { new DropConstraint(Name("t"), Positive), new AddConstraint(Name("t"), notValid) { NotValid = true } }));
    }

    [Test]
    public void A_new_constraint_comes_with_its_comment()
    {
        var commented = Positive with { Comment = "no negative counts" };

        var operations = SchemaDiffer.Diff(With(), With(commented), DiffOptions.Default);

        Assert.That(operations, Is.EqualTo(new Operation[]
        {
            new AddConstraint(Name("t"), commented),
            new SetComment(new ObjectTarget(ObjectRefKind.Constraint, Name("t"), "n_positive"), "no negative counts", null),
        }));
    }
}
