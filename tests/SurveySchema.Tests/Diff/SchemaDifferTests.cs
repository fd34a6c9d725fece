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
    public void A_new_column_is_one_AddColumn_carrying_the_column()
    {
        var archived = Column("is_archived", "boolean", 2, notNull: true) with { Default = "false" };
        var current = Db(Table("projects", Id));
        var desired = Db(Table("projects", Id, archived));

        var operations = SchemaDiffer.Diff(current, desired, DiffOptions.Default);

        Assert.That(operations, Is.EqualTo(new Operation[] { new AddColumn(Name("projects"), archived) }));
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
    public void Column_order_is_a_remark_not_an_operation()
    {
        var current = Db(Table("t", Id, Column("a", "text", 2), Column("b", "text", 3)));
        var desired = Db(Table("t", Id, Column("b", "text", 2), Column("a", "text", 3)));

        var difference = SchemaDiffer.Compare(current, desired, DiffOptions.Default);

        Assert.That(difference.Operations, Is.Empty);
        Assert.That(difference.Remarks, Has.Some.Contains("column order"));
    }

    [Test]
    public void A_new_table_gets_its_foreign_keys_as_separate_operations()
    {
        var projects = Table("projects", Id) with { Constraints = [PrimaryKey("projects_pkey", "id")] };
        var tasks = Table("tasks", Id, Column("project_id", "integer", 2)) with { Constraints = [ForeignKey("tasks_project_fk", "project_id", "projects")] };

        var operations = SchemaDiffer.Diff(Db(), Db(projects, tasks), DiffOptions.Default);

        Assert.That(operations.OfType<CreateTable>().Select(o => o.Table.Name), Is.EquivalentTo(new[] { "projects", "tasks" }));
        Assert.That(operations.OfType<AddConstraint>().Single().Constraint.Name, Is.EqualTo("tasks_project_fk"));
    }

    [Test]
    public void Comments_are_SetComment_with_target_and_text()
    {
        var current = Db(Table("t", Id));
        var desired = Db(Table("t", Id with { Comment = "key" }) with { Comment = "things" });

        var comments = SchemaDiffer.Diff(current, desired, DiffOptions.Default).Cast<SetComment>().ToList();

        Assert.That(comments.Select(c => (c.Target.Kind, c.Target.Member, c.Text)), Is.EquivalentTo(new[]
        {
            (ObjectKind.Table, (string?)null, (string?)"things"),
            (ObjectKind.Column, "id", "key"),
        }));
    }

    [Test]
    public void Adding_an_enum_label_anchors_it_before_the_next_existing_label()
    {
        var mood = new UserDefinedType(Name("mood"), TypeKind.Enum) { EnumLabels = ["sad", "happy"] };
        var current = Db() with { Types = [mood] };
        var desired = Db() with { Types = [mood with { EnumLabels = ["sad", "ok", "happy"] }] };

        Assert.That(SchemaDiffer.Diff(current, desired, DiffOptions.Default),
            Is.EqualTo(new Operation[] { new AddEnumValue(Name("mood"), "ok", "happy", null) }));
    }

    [Test]
    public void A_view_that_reads_a_column_is_recreated_when_the_column_changes_type()
    {
        // Which columns a view reads is PostgreSQL's fact (pg_depend on its rule), not a guess from its text.
        var view = new View(Name("v"), ViewKind.View)
        {
            Definition = " SELECT t.id\n   FROM public.t\n  WHERE (t.n > 0);",
            Columns = [Id],
        };
        Dependency[] reads = [new(new ObjectRef(ObjectRefKind.View, Name("v")), new ObjectRef(ObjectRefKind.Column, Name("t"), "n"))];
        var current = Db(Table("t", Id, Column("n", "integer", 2))) with { Views = [view], Dependencies = [.. reads] };
        var desired = Db(Table("t", Id, Column("n", "bigint", 2))) with { Views = [view], Dependencies = [.. reads] };

        var operations = SchemaDiffer.Diff(current, desired, DiffOptions.Default);

        Assert.That(operations.OfType<DropView>().Select(o => o.View.Name), Is.EqualTo(new[] { Name("v") }));
        Assert.That(operations.OfType<CreateView>().Select(o => o.View.Name), Is.EqualTo(new[] { Name("v") }));
    }

    [Test]
    public void A_view_that_reads_another_column_is_left_alone_when_a_column_changes_type()
    {
        var view = new View(Name("v"), ViewKind.View) { Definition = " SELECT t.id\n   FROM public.t;", Columns = [Id] };
        Dependency[] reads = [new(new ObjectRef(ObjectRefKind.View, Name("v")), new ObjectRef(ObjectRefKind.Column, Name("t"), "id"))];
        var current = Db(Table("t", Id, Column("n", "integer", 2))) with { Views = [view], Dependencies = [.. reads] };
        var desired = Db(Table("t", Id, Column("n", "bigint", 2))) with { Views = [view], Dependencies = [.. reads] };

        var operations = SchemaDiffer.Diff(current, desired, DiffOptions.Default);

        Assert.That(operations.OfType<DropView>(), Is.Empty);
    }
}
