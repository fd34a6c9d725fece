using SurveySchema.Diff;
using SurveySchema.Model;
using static SurveySchema.Tests.Diff.TestModels;

namespace SurveySchema.Tests.Diff.Differs;

/// <summary>Views and materialized views (<c>ViewDiffer</c>): a changed definition is a drop and a create, never CREATE OR REPLACE.</summary>
[TestFixture]
public sealed class ViewDifferTests
{
    private static readonly Column Id = Column("id", "integer", 1, notNull: true);

    private static readonly View Ids = new(Name("ids"), ViewKind.View) { Definition = " SELECT t.id\n   FROM public.t;", Columns = [Id] };

    private static DatabaseModel With(params View[] views) => Db(Table("t", Id)) with { Views = [.. views] };

    [Test]
    public void A_new_view_is_CreateView_and_a_dropped_one_DropView()
    {
        Assert.That(SchemaDiffer.Diff(With(), With(Ids), DiffOptions.Default), Is.EqualTo(new Operation[] { new CreateView(Ids) }));
        Assert.That(SchemaDiffer.Diff(With(Ids), With(), DiffOptions.Default), Is.EqualTo(new Operation[] { new DropView(Ids) }));
    }

    [Test]
    public void A_changed_definition_is_a_drop_and_a_create_with_the_views_comment()
    {
        var filtered = Ids with { Definition = " SELECT t.id\n   FROM public.t\n  WHERE (t.id > 0);", Comment = "positive ids" };

        var operations = SchemaDiffer.Diff(With(Ids), With(filtered), DiffOptions.Default);

        Assert.That(operations, Is.EqualTo(new Operation[]
        {
            new DropView(Ids),
            new CreateView(filtered),
            new SetComment(new ObjectTarget(ObjectRefKind.View, Name("ids")), "positive ids", null),
        }));
    }

    [Test]
    public void A_comment_or_grant_alone_leaves_the_view_in_place()
    {
        var target = new ObjectTarget(ObjectRefKind.View, Name("ids"));

        var operations = SchemaDiffer.Diff(With(Ids), With(Ids with { Comment = "all ids", Grants = [new Grant("reader", "SELECT")] }), DiffOptions.Default);

        Assert.That(operations, Is.EquivalentTo(new Operation[] { new GrantPrivilege(target, new Grant("reader", "SELECT")), new SetComment(target, "all ids", null) }));
    }
}
