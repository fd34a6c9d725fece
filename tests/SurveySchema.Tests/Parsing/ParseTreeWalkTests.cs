using System.Text.Json;
using SurveySchema.Parsing.Statements;

namespace SurveySchema.Tests.Parsing;

/// <summary>The whole-tree walk the dependency and role readers share, and the byte search that lets them skip it:
/// both were rewritten for speed (issue 12), and the readers rely on their order and on no false "absent".</summary>
[TestFixture]
public sealed class ParseTreeWalkTests
{
    private const string Tree = """
        {"CreateStmt": {"relation": {"relname": "t"}, "tableElts": [{"ColumnDef": {"colname": "a", "collClause": {"collname": []}}},
         {"ColumnDef": {"colname": "b"}}], "options": [], "note": "RoleSpec"}}
        """;

    [Test]
    public void The_walk_yields_every_object_and_array_depth_first_in_document_order()
    {
        using var document = JsonDocument.Parse(Tree);
        var names = document.RootElement.Descendants().Select(d => d.Name ?? "(root)").ToList();

        Assert.That(names, Is.EqualTo(new[]
        {
            "(root)", "CreateStmt", "relation", "tableElts", "tableElts", "ColumnDef", "collClause", "collname",
            "tableElts", "ColumnDef", "options",
        }));
    }

    [Test]
    public void A_name_the_tree_holds_anywhere_may_be_there_and_one_it_lacks_is_not()
    {
        using var document = JsonDocument.Parse(Tree);
        var root = document.RootElement;

        Assert.Multiple(() =>
        {
            Assert.That(root.MayContain("\"collClause\""u8), Is.True, "a field name");
            Assert.That(root.MayContain("\"RoleSpec\""u8), Is.True, "a string value: a possible match, not a node");
            Assert.That(root.MayContain("\"IndexElem\""u8), Is.False);
            Assert.That(root.GetProperty("CreateStmt").GetProperty("relation").MayContain("\"collClause\""u8), Is.False, "only the subtree's bytes count");
        });
    }
}
