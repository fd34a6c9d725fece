using SurveySchema.Deployment.Spelling;
using SurveySchema.Model;
using static SurveySchema.Tests.Diff.TestModels;

namespace SurveySchema.Tests.Deployment;

/// <summary>What a re-spelling round trip takes along: only objects on both sides that differ, with what they need,
/// and never their privileges (put back afterwards).</summary>
public sealed class SpellingScopeTests
{
    private static readonly Constraint Status = new("ck_status", ConstraintKind.Check)
    {
        Columns = ["status"],
        Definition = "CHECK (((status)::text = ANY ((ARRAY['a'::character varying])::text[])))",
    };

    private static Table Projects(Constraint check) =>
        Table("projects", Column("id", "integer", 1, notNull: true), Column("status", "character varying(10)", 2))
            with { Constraints = [PrimaryKey("projects_pkey", "id"), check], Grants = [new Grant("reader", "SELECT")] };

    [Test]
    public void Candidates_are_the_objects_on_both_sides_that_differ()
    {
        var respelled = Status with { Definition = "CHECK (((status)::text = ANY (ARRAY[('a'::character varying)::text])))" };
        var live = Db(Projects(Status), Table("only_live", Column("id", "integer", 1)), Table("same", Column("id", "integer", 1)));
        var desired = Db(Projects(respelled), Table("only_desired", Column("id", "integer", 1)), Table("same", Column("id", "integer", 1)));

        Assert.That(SpellingScope.Candidates(live, desired), Is.EqualTo(new[] { new ObjectRef(ObjectRefKind.Table, Name("projects")) }));
    }

    [Test]
    public void Differences_no_round_trip_can_remove_make_no_candidate()
    {
        var projects = Projects(Status);
        var live = Db(projects);
        var desired = Db(projects with
        {
            // A changed type and NOT NULL, a comment, a constraint and an index on one side only: none is spelling.
            Columns = [Column("id", "bigint", 1, notNull: true), Column("status", "character varying(10)", 2, notNull: true) with { Comment = "state" }],
            Constraints = [.. projects.Constraints, new Constraint("ck_id", ConstraintKind.Check) { Definition = "CHECK ((id > 0))" }],
            Indexes = [Index("projects", "idx_projects_status", "status")],
            Grants = [],
        });

        Assert.That(SpellingScope.Candidates(live, desired), Is.Empty);
    }

    [Test]
    public void A_default_or_index_text_on_both_sides_that_differs_makes_a_candidate()
    {
        var live = Db(Projects(Status) with { Columns = [Column("id", "integer", 1, notNull: true), Column("status", "text", 2) with { Default = "'a'::text" }] });
        var desired = Db(Projects(Status) with { Columns = [Column("id", "integer", 1, notNull: true), Column("status", "text", 2) with { Default = "'a'" }] });
        var index = Index("projects", "idx_projects_status", "status");
        var indexed = Db(Projects(Status) with { Indexes = [index] });
        var reindexed = Db(Projects(Status) with { Indexes = [index with { Definition = index.Definition + " WHERE (status IS NOT NULL)" }] });

        Assert.That(SpellingScope.Candidates(live, desired), Has.Count.EqualTo(1), "column default");
        Assert.That(SpellingScope.Candidates(indexed, reindexed), Has.Count.EqualTo(1), "index definition");
    }

    [Test]
    public void The_scratch_copy_holds_the_object_and_what_it_needs_without_privileges()
    {
        var points = Table("points", Column("id", "integer", 1), Column("project_id", "integer", 2))
            with { Constraints = [ForeignKey("points_project_fk", "project_id", "projects")] };
        var view = new View(Name("active_points"), ViewKind.View) { Definition = "SELECT id FROM public.points" };
        var model = Db(Projects(Status), points, Table("unrelated", Column("id", "integer", 1))) with
        {
            Views = [view],
            Dependencies = [new Dependency(new ObjectRef(ObjectRefKind.View, view.Name), new ObjectRef(ObjectRefKind.Column, Name("points"), "id"))],
        };

        var copy = SpellingScope.SubModel(model, [new ObjectRef(ObjectRefKind.View, view.Name)]);

        Assert.That(copy.Tables.Select(t => t.Name.Name), Is.EqualTo(new[] { "points", "projects" }), "the view's table, and the table its foreign key names");
        Assert.That(copy.Views.Select(v => v.Name), Is.EqualTo(new[] { view.Name }));
        Assert.That(copy.Tables.SelectMany(t => t.Grants), Is.Empty, "roles may not exist where the copy is made");
    }

    [Test]
    public void Restoring_takes_the_respelled_object_with_its_own_privileges_and_column_positions()
    {
        var respelled = Status with { Definition = "CHECK (((status)::text = ANY (ARRAY[('a'::character varying)::text])))" };
        var live = Db(Projects(Status));
        var readBack = Db(Projects(respelled) with
        {
            Grants = [],
            Columns = [Column("id", "integer", 1, notNull: true), Column("status", "character varying(10)", 7)],
        });

        var restored = SpellingScope.Restore(live, readBack, new ObjectRef(ObjectRefKind.Table, Name("projects")));

        var table = restored.Tables.Single();
        Assert.That(table.Constraints.Single(c => c.Name == "ck_status"), Is.EqualTo(respelled));
        Assert.That(table.Grants, Is.EqualTo(live.Tables.Single().Grants));
        Assert.That(table.Columns.Select(c => c.Ordinal), Is.EqualTo(new[] { 1, 2 }));
    }
}
