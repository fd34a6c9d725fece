using SurveySchema.Parsing;
using SurveySchema.Parsing.Statements;

namespace SurveySchema.Tests.Parsing;

[TestFixture]
public sealed class OrderingTests
{
    private static readonly string[] Statements =
    [
        "CREATE EXTENSION IF NOT EXISTS \"uuid-ossp\";",
        "CREATE TABLE points (id uuid PRIMARY KEY DEFAULT uuid_generate_v4(), project_id uuid NOT NULL REFERENCES projects (id), code text REFERENCES codes (code));\nCREATE INDEX idx_points_project ON points (project_id);\nCOMMENT ON TABLE points IS 'survey points';",
        "CREATE TABLE projects (id uuid PRIMARY KEY DEFAULT uuid_generate_v4(), name text NOT NULL);\nCOMMENT ON COLUMN projects.name IS 'the name';",
        "CREATE TABLE codes (code text PRIMARY KEY, block_id uuid REFERENCES blocks (id));",
        "CREATE TABLE blocks (id uuid PRIMARY KEY, name text UNIQUE);",
        "CREATE VIEW project_points AS SELECT p.name, count(*) AS points FROM projects p JOIN points pt ON pt.project_id = p.id GROUP BY p.name;",
    ];

    [Test]
    public void Order_depends_on_what_statements_declare_not_on_file_names()
    {
        using var straight = SchemaFolder.Create([.. Statements.Select((sql, i) => ($"{i:00}.sql", sql))]);
        using var reversed = SchemaFolder.Create([.. Statements.Select((sql, i) => ($"{Statements.Length - i:00}.sql", sql))]);
        using var nested = SchemaFolder.Create([.. Statements.Select((sql, i) => ($"{(char)('z' - i)}/{(char)('a' + (i * 7 % 26))}.sql", sql))]);

        var expected = Order(straight);

        Assert.That(Order(reversed), Is.EqualTo(expected));
        Assert.That(Order(nested), Is.EqualTo(expected));
    }

    [Test]
    public void Every_statement_comes_after_what_it_references()
    {
        using var folder = SchemaFolder.Create([.. Statements.Select((sql, i) => ($"{Statements.Length - i:00}.sql", sql))]);

        var project = folder.Load();

        Assert.That(project.Diagnostics, Is.Empty);
        var created = Order(folder);
        Assert.That(created.IndexOf("extension uuid-ossp"), Is.LessThan(created.IndexOf("table public.projects")));
        Assert.That(created.IndexOf("table public.blocks"), Is.LessThan(created.IndexOf("table public.codes")));
        Assert.That(created.IndexOf("table public.codes"), Is.LessThan(created.IndexOf("table public.points")));
        Assert.That(created.IndexOf("table public.projects"), Is.LessThan(created.IndexOf("table public.points")));
        Assert.That(created.IndexOf("table public.points"), Is.LessThan(created.IndexOf("index public.idx_points_project")));
        Assert.That(created.IndexOf("table public.points"), Is.LessThan(created.IndexOf("view public.project_points")));
        var comments = project.Statements.Select((s, i) => (s, i)).Where(x => x.s.Kind == StatementKind.Comment).ToList();
        Assert.That(comments, Has.Count.EqualTo(2));
    }

    [Test]
    public void A_foreign_key_cycle_is_split_into_alter_table_after_both_tables()
    {
        using var folder = SchemaFolder.Create(
            ("tables/a.sql", "CREATE TABLE a (\n    id int PRIMARY KEY,\n    b_id int CONSTRAINT fk_a_b REFERENCES b (id) ON DELETE CASCADE DEFERRABLE NOT NULL\n);"),
            ("tables/b.sql", "CREATE TABLE b (\n    id int PRIMARY KEY,\n    a_id int,\n    CONSTRAINT fk_b_a FOREIGN KEY (a_id) REFERENCES a (id),\n    label text\n);"));

        var project = folder.Load();

        Assert.That(project.Diagnostics, Is.Empty);
        var statements = project.Statements;
        Assert.That(statements.Select(s => s.NodeType), Is.EqualTo(new[] { "CreateStmt", "CreateStmt", "AlterTableStmt", "AlterTableStmt" }));
        Assert.That(statements.Take(2).Select(s => s.Sql), Has.None.Contains("REFERENCES"));
        Assert.That(statements[0].Sql, Does.Contain("b_id int NOT NULL"));
        Assert.That(statements[1].Sql, Does.Contain("a_id int,\n    label text"));

        var alters = statements.Skip(2).ToDictionary(s => s.RelativePath);
        Assert.That(alters["tables/a.sql"].Sql, Is.EqualTo("ALTER TABLE a ADD CONSTRAINT fk_a_b FOREIGN KEY (b_id) REFERENCES b (id) ON DELETE CASCADE DEFERRABLE"));
        Assert.That(alters["tables/b.sql"].Sql, Is.EqualTo("ALTER TABLE b ADD CONSTRAINT fk_b_a FOREIGN KEY (a_id) REFERENCES a (id)"));
        Assert.That(alters.Values.Select(s => s.IsSplitForeignKey), Is.All.True);
        Assert.That(alters.Values.Select(s => s.Kind), Is.All.EqualTo(StatementKind.Alter));

        // The split statements keep the place the constraint was written.
        Assert.That((alters["tables/a.sql"].Location.Line, alters["tables/a.sql"].Location.Column), Is.EqualTo((3, 14)));
        Assert.That((alters["tables/b.sql"].Location.Line, alters["tables/b.sql"].Location.Column), Is.EqualTo((4, 5)));
    }

    [Test]
    public void A_self_reference_is_not_a_cycle()
    {
        using var folder = SchemaFolder.Create(("t.sql", "CREATE TABLE nodes (id int PRIMARY KEY, parent_id int REFERENCES nodes (id));"));

        var project = folder.Load();

        Assert.That(project.Diagnostics, Is.Empty);
        Assert.That(project.Statements.Single().Sql, Does.Contain("REFERENCES nodes"));
    }

    [Test]
    public void A_cycle_without_foreign_keys_to_split_is_left_to_the_shadow_build()
    {
        using var folder = SchemaFolder.Create(
            ("v1.sql", "CREATE VIEW v1 AS SELECT * FROM v2;"),
            ("v2.sql", "CREATE VIEW v2 AS SELECT * FROM v1;"));

        var project = folder.Load();

        Assert.That(project.Diagnostics, Is.Empty, "PostgreSQL reports what no order can build");
        Assert.That(project.Statements, Has.Length.EqualTo(2), "statements on a cycle are still returned");
    }

    private static List<string> Order(SchemaFolder folder)
    {
        var project = folder.Load();
        Assert.That(project.Diagnostics, Is.Empty);
        return [.. project.Statements.SelectMany(s => s.Creates).Select(c => c.ToString())];
    }
}
