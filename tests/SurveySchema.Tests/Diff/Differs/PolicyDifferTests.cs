using SurveySchema.Diff;
using SurveySchema.Model;
using static SurveySchema.Tests.Diff.TestModels;

namespace SurveySchema.Tests.Diff.Differs;

/// <summary>Row level security policies (<c>PolicyDiffer</c>): any change but the comment is a drop and a create.</summary>
[TestFixture]
public sealed class PolicyDifferTests
{
    private static readonly Column Id = Column("id", "integer", 1, notNull: true);

    private static readonly Policy Own = new("own_rows") { Roles = ["clerk"], Using = "(owner = CURRENT_USER)" };

    private static DatabaseModel With(params Policy[] policies) => Db(Table("t", Id) with { RowLevelSecurity = true, Policies = [.. policies] });

    [Test]
    public void A_changed_policy_is_dropped_and_created_again()
    {
        var stricter = Own with { WithCheck = "(owner = CURRENT_USER)" };

        var operations = SchemaDiffer.Diff(With(Own), With(stricter), DiffOptions.Default);

        Assert.That(operations, Is.EqualTo(new Operation[] { new DropPolicy(Name("t"), Own), new CreatePolicy(Name("t"), stricter) }));
    }

    [Test]
    public void A_comment_alone_is_a_SetComment_and_a_new_policy_is_CreatePolicy()
    {
        Assert.That(SchemaDiffer.Diff(With(Own), With(Own with { Comment = "clerks see their own" }), DiffOptions.Default),
            Is.EqualTo(new Operation[] { new SetComment(new ObjectTarget(ObjectRefKind.Policy, Name("t"), "own_rows"), "clerks see their own", null) }));
        Assert.That(SchemaDiffer.Diff(With(), With(Own), DiffOptions.Default), Is.EqualTo(new Operation[] { new CreatePolicy(Name("t"), Own) }));
    }
}
