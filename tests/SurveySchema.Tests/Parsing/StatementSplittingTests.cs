using SurveySchema.Parsing;
using SurveySchema.Parsing.Diagnostics;
using SurveySchema.Parsing.Statements;

namespace SurveySchema.Tests.Parsing;

[TestFixture]
public sealed class StatementSplittingTests
{
    [Test]
    public void Statements_get_the_line_and_character_column_of_their_first_token()
    {
        // Non-ASCII text before the statements (multi-byte in UTF-8), comments between them, a dollar-quoted
        // body with semicolons inside, and a statement that does not start a line.
        const string sql =
            "-- Größe der Fläche; ü\n" +
            "/* block ; comment /* nested */ still comment */\n" +
            "CREATE TABLE flächen (\n" +
            "    id int, -- naïve; comment\n" +
            "    note text DEFAULT 'é;è'\n" +
            ");\n" +
            "\n" +
            "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $body$\n" +
            "BEGIN\n" +
            "    RETURN 1; -- ;\n" +
            "END;\n" +
            "$body$;\n" +
            "COMMENT ON TABLE flächen IS 'Ünïcödé';   COMMENT ON COLUMN flächen.id IS 'x';\n";
        using var folder = SchemaFolder.Create(("a.sql", sql));

        var project = folder.Load();

        Assert.That(project.Diagnostics, Is.Empty);
        var byLine = project.Statements.OrderBy(s => s.Location.Line).ThenBy(s => s.Location.Column).ToList();
        Assert.That(byLine.Select(s => (s.Location.Line, s.Location.Column)), Is.EqualTo(new[] { (3, 1), (8, 1), (13, 1), (13, 42) }));
        Assert.That(byLine.Select(s => s.NodeType), Is.EqualTo(new[] { "CreateStmt", "CreateFunctionStmt", "CommentStmt", "CommentStmt" }));
        Assert.That(byLine[0].Sql, Does.StartWith("CREATE TABLE flächen (").And.EndWith(")"));
        Assert.That(byLine[1].Sql, Does.Contain("RETURN 1; -- ;").And.EndWith("$body$"));
        Assert.That(byLine[3].Sql, Is.EqualTo("COMMENT ON COLUMN flächen.id IS 'x'"));
        Assert.That(byLine[0].Location.File, Is.EqualTo(folder.FileOf("a.sql")));
        Assert.That(byLine[0].RelativePath, Is.EqualTo("a.sql"));
    }

    [Test]
    public void A_syntax_error_names_file_line_and_character_column()
    {
        const string sql =
            "CREATE TABLE ok (id int);\n" +
            "\n" +
            "-- Ärger\n" +
            "CREATE TABLE brüche (id int,, x int);\n";
        using var folder = SchemaFolder.Create(("tables/broken.sql", sql));

        var project = folder.Load();

        var error = project.Diagnostics.Single();
        Assert.That(error.Code, Is.EqualTo(DiagnosticCodes.SyntaxError));
        Assert.That(error.File, Is.EqualTo(folder.FileOf("tables/broken.sql")));

        // "CREATE TABLE brüche (id int," is 28 characters (29 bytes): the second comma is column 29.
        Assert.That((error.Line, error.Column), Is.EqualTo((4, 29)));
        Assert.That(error.Message, Does.Contain("syntax error at or near \",\""));
        Assert.That(error.ToCanonicalString(), Is.EqualTo($"{folder.FileOf("tables/broken.sql")}(4,29): error SS0101: syntax error at or near \",\""));
    }

    [Test]
    public void Every_broken_statement_of_a_file_is_reported_not_only_the_first()
    {
        const string sql =
            "CREATE TABLE a (id int,);\n" +
            "CREATE TABLE b (id int);\n" +
            "CREATE TABEL c (id int);\n";
        using var folder = SchemaFolder.Create(("a.sql", sql));

        var project = folder.Load();

        Assert.That(project.Diagnostics.Select(d => (d.Code, d.Line)), Is.EqualTo(new[] { ("SS0101", 1), ("SS0101", 3) }));
        Assert.That(project.Statements.Single().Sql, Is.EqualTo("CREATE TABLE b (id int)"));
    }

    [Test]
    public void Files_under_revisions_are_not_part_of_the_project()
    {
        using var folder = SchemaFolder.Create(
            ("tables/t.sql", "CREATE TABLE t (id int);"),
            ("revisions/0001_initial.up.sql", "INSERT INTO t VALUES (1);"));

        var project = folder.Load();

        Assert.That(project.Files, Is.EqualTo(new[] { "tables/t.sql" }));
        Assert.That(project.Diagnostics, Is.Empty);
    }

    [Test]
    public void An_empty_or_missing_folder_is_an_error()
    {
        using var folder = SchemaFolder.Create();
        var missing = folder.FileOf("nope");

        Assert.That(folder.Load().Diagnostics.Single().Code, Is.EqualTo(DiagnosticCodes.NoFiles));
        Assert.That(SchemaProject.Load(missing).Diagnostics.Single().Code, Is.EqualTo(DiagnosticCodes.ProjectNotFound));
        Assert.That(SchemaProject.Load(missing).Diagnostics.Single().ToCanonicalString(), Does.StartWith($"{missing}: error SS0100: "));
    }

    [Test]
    public void The_content_hash_depends_on_paths_and_bytes_not_on_the_folder()
    {
        using var first = SchemaFolder.Create(("t.sql", "CREATE TABLE t (id int);"), ("u.sql", "CREATE TABLE u (id int);"));
        using var same = SchemaFolder.Create(("u.sql", "CREATE TABLE u (id int);"), ("t.sql", "CREATE TABLE t (id int);"));
        using var renamed = SchemaFolder.Create(("t2.sql", "CREATE TABLE t (id int);"), ("u.sql", "CREATE TABLE u (id int);"));
        using var edited = SchemaFolder.Create(("t.sql", "CREATE TABLE t (id bigint);"), ("u.sql", "CREATE TABLE u (id int);"));

        var hash = first.Load().ContentHash;

        Assert.That(hash, Does.Match("^[0-9a-f]{64}$"));
        Assert.That(same.Load().ContentHash, Is.EqualTo(hash));
        Assert.That(ProjectFiles.ContentHash(first.Path), Is.EqualTo(hash));
        Assert.That(renamed.Load().ContentHash, Is.Not.EqualTo(hash));
        Assert.That(edited.Load().ContentHash, Is.Not.EqualTo(hash));
    }

    [Test]
    public void Accepted_statements_keep_their_kind_and_tree()
    {
        using var folder = SchemaFolder.Create(("a.sql", "CREATE TABLE t (id int);\nGRANT SELECT ON t TO PUBLIC;\nALTER TABLE t ENABLE ROW LEVEL SECURITY;\nCOMMENT ON TABLE t IS 'x';"));

        var project = folder.Load();

        Assert.That(project.Diagnostics, Is.Empty);
        Assert.That(project.Statements.Select(s => s.Kind), Is.EquivalentTo(new[] { StatementKind.Create, StatementKind.Privilege, StatementKind.Alter, StatementKind.Comment }));
        var create = project.Statements.Single(s => s.Kind == StatementKind.Create);
        Assert.That(create.Tree.GetProperty("CreateStmt").GetProperty("relation").GetProperty("relname").GetString(), Is.EqualTo("t"));
    }
}
