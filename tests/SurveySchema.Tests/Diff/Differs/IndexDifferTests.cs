using SurveySchema.Diff;
using SurveySchema.Model;
using static SurveySchema.Tests.Diff.TestModels;

namespace SurveySchema.Tests.Diff.Differs;

/// <summary>Indexes of tables and materialized views (<c>IndexDiffer</c>), by name.</summary>
[TestFixture]
public sealed class IndexDifferTests
{
    private static readonly Column Id = Column("id", "integer", 1, notNull: true);

    private static readonly TableIndex ByN = Index("t", "t_n", "n");

    private static DatabaseModel With(params TableIndex[] indexes) => Db(Table("t", Id, Column("n", "integer", 2)) with { Indexes = [.. indexes] });

    [Test]
    public void A_new_index_is_CreateIndex_and_a_dropped_one_DropIndex()
    {
        Assert.That(SchemaDiffer.Diff(With(), With(ByN), DiffOptions.Default), Is.EqualTo(new Operation[] { new CreateIndex(Name("t"), ByN) }));
        Assert.That(SchemaDiffer.Diff(With(ByN), With(), DiffOptions.Default), Is.EqualTo(new Operation[] { new DropIndex(Name("t"), ByN) }));
    }

    [Test]
    public void A_changed_definition_or_an_invalid_index_is_dropped_and_built_again()
    {
        var unique = ByN with { Unique = true, Definition = "CREATE UNIQUE INDEX t_n ON public.t USING btree (n)" };
        var invalid = ByN with { IsValid = false };

        Assert.That(SchemaDiffer.Diff(With(ByN), With(unique), DiffOptions.Default), Is.EqualTo(new Operation[] { new DropIndex(Name("t"), ByN), new CreateIndex(Name("t"), unique) }));
        Assert.That(SchemaDiffer.Diff(With(invalid), With(ByN), DiffOptions.Default), Is.EqualTo(new Operation[] { new DropIndex(Name("t"), invalid), new CreateIndex(Name("t"), ByN) }));
    }

    [Test]
    public void An_invalid_index_on_a_table_equal_on_both_sides_is_built_again()
    {
        // Two live databases with the same failed CREATE INDEX CONCURRENTLY: the tables are equal records, and the
        // index is still rebuilt (an equal table is skipped only when all its indexes are valid).
        var invalid = ByN with { IsValid = false };

        Assert.That(SchemaDiffer.Diff(With(invalid), With(invalid), DiffOptions.Default), Is.EqualTo(new Operation[] { new DropIndex(Name("t"), invalid), new CreateIndex(Name("t"), invalid) }));
    }

    [Test]
    public void An_index_behind_a_constraint_comes_and_goes_with_the_constraint_not_on_its_own()
    {
        var key = ByN with { Constraint = "t_n_key", Unique = true, Definition = "CREATE UNIQUE INDEX t_n_key ON public.t USING btree (n)" };

        Assert.That(SchemaDiffer.Diff(With(key), With(), DiffOptions.Default), Is.Empty);
    }

    [Test]
    public void A_comment_alone_is_a_SetComment()
    {
        var operations = SchemaDiffer.Diff(With(ByN), With(ByN with { Comment = "lookups by n" }), DiffOptions.Default);

        Assert.That(operations, Is.EqualTo(new Operation[] { new SetComment(new ObjectTarget(ObjectRefKind.Index, Name("t_n")), "lookups by n", null) }));
    }
}
