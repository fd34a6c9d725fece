using SurveySchema.Diff;
using SurveySchema.Model;
using static SurveySchema.Tests.Diff.TestModels;

namespace SurveySchema.Tests.Diff.Differs;

/// <summary>What depends on a changed object (<c>DependentDiffer</c>), found from PostgreSQL's dependency edges, not from SQL text.</summary>
[TestFixture]
public sealed class DependentDifferTests
{
    private static readonly Column Id = Column("id", "integer", 1, notNull: true);

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
