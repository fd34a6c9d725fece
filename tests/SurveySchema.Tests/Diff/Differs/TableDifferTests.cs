using SurveySchema.Diff;
using SurveySchema.Model;
using static SurveySchema.Tests.Diff.TestModels;

namespace SurveySchema.Tests.Diff.Differs;

/// <summary>Tables as a whole (<c>TableDiffer</c>): created with their foreign keys apart, dropped, rebuilt when their partitioning changes.</summary>
[TestFixture]
public sealed class TableDifferTests
{
    private static readonly Column Id = Column("id", "integer", 1, notNull: true);

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
    public void A_dropped_table_is_one_DropTable_carrying_its_definition()
    {
        var legacy = Table("legacy", Id, Column("note", "text", 2));

        var operations = SchemaDiffer.Diff(Db(Table("t", Id), legacy), Db(Table("t", Id)), DiffOptions.Default);

        Assert.That(operations, Is.EqualTo(new Operation[] { new DropTable(Db(legacy).Tables[0]) }));
    }

    [Test]
    public void Foreign_keys_between_two_dropped_tables_are_not_dropped_on_their_own()
    {
        var projects = Table("projects", Id) with { Constraints = [PrimaryKey("projects_pkey", "id")] };
        var tasks = Table("tasks", Id, Column("project_id", "integer", 2)) with { Constraints = [ForeignKey("tasks_project_fk", "project_id", "projects")] };

        var operations = SchemaDiffer.Diff(Db(projects, tasks), Db(), DiffOptions.Default);

        Assert.That(operations.Select(o => o.GetType()), Is.EqualTo(new[] { typeof(DropTable), typeof(DropTable) }));
    }
}
