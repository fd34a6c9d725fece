using SurveySchema.Diff;
using SurveySchema.Model;
using static SurveySchema.Tests.Diff.TestModels;

namespace SurveySchema.Tests.Diff.Differs;

/// <summary>Comments, grants and owners (<c>CommentGrantOwnerDiffer</c>, today <c>CommentGrantOwnerDiffer</c>): the same comparison for
/// every object kind, through <see cref="SchemaDiffer"/>.</summary>
[TestFixture]
public sealed class CommentGrantOwnerDifferTests
{
    private static readonly Column Id = Column("id", "integer", 1, notNull: true);

    [Test]
    public void Comments_are_SetComment_with_target_and_text()
    {
        var current = Db(Table("t", Id));
        var desired = Db(Table("t", Id with { Comment = "key" }) with { Comment = "things" });

        var comments = SchemaDiffer.Diff(current, desired, DiffOptions.Default).Cast<SetComment>().ToList();

        Assert.That(comments.Select(c => (c.Target.Kind, c.Target.Member, c.Text)), Is.EquivalentTo(new[]
        {
            (ObjectRefKind.Table, (string?)null, (string?)"things"),
            (ObjectRefKind.Column, "id", "key"),
        }));
    }

    [Test]
    public void Type_grants_change_without_recreating_the_type_and_a_new_type_starts_from_public_usage()
    {
        var mood = new UserDefinedType(new QualifiedName("public", "mood"), TypeKind.Enum) { EnumLabels = ["sad", "happy"] };
        var pair = new UserDefinedType(new QualifiedName("public", "pair"), TypeKind.Composite)
        {
            Attributes = [Column("a", "integer", 1)],
            Grants = [new Grant("reader", "USAGE")],
        };
        var current = Db() with { Types = [mood with { Grants = [new Grant(Grant.Public, "USAGE")] }] };
        var desired = Db() with { Types = [mood with { Grants = [new Grant("reader", "USAGE")] }, pair] };

        var operations = SchemaDiffer.Diff(current, desired, DiffOptions.Default);

        var moodTarget = new ObjectTarget(ObjectRefKind.Type, mood.Name);
        var pairTarget = new ObjectTarget(ObjectRefKind.Type, pair.Name);
        Assert.That(operations, Is.EquivalentTo(new Operation[]
        {
            new CreateType(pair),
            new RevokePrivilege(pairTarget, new Grant(Grant.Public, "USAGE")),
            new GrantPrivilege(pairTarget, new Grant("reader", "USAGE")),
            new RevokePrivilege(moodTarget, new Grant(Grant.Public, "USAGE")),
            new GrantPrivilege(moodTarget, new Grant("reader", "USAGE")),
        }));
    }

    [Test]
    public void A_changed_owner_is_AlterOwner_and_a_changed_grant_option_is_a_revoke_and_a_grant()
    {
        var current = Db(Table("t", Id) with { Owner = "old_owner", Grants = [new Grant("reader", "SELECT")] });
        var desired = Db(Table("t", Id) with { Owner = "survey_owner", Grants = [new Grant("reader", "SELECT", Grantable: true)] });
        var target = new ObjectTarget(ObjectRefKind.Table, Name("t"));

        var operations = SchemaDiffer.Diff(current, desired, DiffOptions.Default);

        Assert.That(operations, Is.EquivalentTo(new Operation[]
        {
            new RevokePrivilege(target, new Grant("reader", "SELECT")),
            new GrantPrivilege(target, new Grant("reader", "SELECT", Grantable: true)),
            new AlterOwner(target, "survey_owner", "old_owner"),
        }));
    }
}
