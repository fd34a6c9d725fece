using SurveySchema.Diff;
using SurveySchema.Model;
using static SurveySchema.Tests.Diff.TestModels;

namespace SurveySchema.Tests.Diff;

public sealed class SchemaDifferTests
{
    private static readonly Column Id = Column("id", "integer", 1, notNull: true);

    [Test]
    public void Equal_models_give_no_operations()
    {
        var model = Db(Table("projects", Id, Column("name", "text", 2)));

        Assert.That(SchemaDiffer.Diff(model, model, DiffOptions.Default), Is.Empty);
    }

    [Test]
    public void An_unchanged_gist_index_is_left_to_PostgreSQL_when_its_column_changes_type()
    {
        var index = Index("t", "t_geom", "geom", "gist");
        var current = Db(Table("t", Id, Geometry("geom", "POINT", false, 2277, 2)) with { Indexes = [index] });
        var desired = Db(Table("t", Id, Geometry("geom", "POINT", true, 2277, 2)) with { Indexes = [index] });

        var operations = SchemaDiffer.Diff(current, desired, DiffOptions.Default);

        Assert.That(operations.Select(o => o.GetType()), Is.EqualTo(new[] { typeof(AlterColumnType) }));
    }
}
