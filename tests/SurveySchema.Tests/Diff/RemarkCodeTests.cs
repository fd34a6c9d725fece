using System.Reflection;
using SurveySchema.Diff;

namespace SurveySchema.Tests.Diff;

[TestFixture]
public sealed class RemarkCodeTests
{
    private static readonly List<FieldInfo> Fields =
        [.. typeof(RemarkCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == typeof(string))];

    [Test]
    public void Codes_are_unique_and_all_lists_every_one()
    {
        Assert.That(RemarkCodes.All.Select(c => c.Code), Is.Unique);
        Assert.That(RemarkCodes.All.Select(c => c.Code), Has.All.Match("^SR[0-9]{4}$"));
        Assert.That(RemarkCodes.All.Select(c => c.Code), Is.EquivalentTo(Fields.Select(f => (string)f.GetRawConstantValue()!)));
        Assert.That(RemarkCodes.All.Select(c => c.Code), Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
    }

    [Test]
    public void Every_code_is_documented_in_docs_hazards_and_the_docs_name_no_other()
    {
        var documented = RepositoryFiles.DocumentedCodes("hazards.md", "SR");

        Assert.That(documented, Is.Unique, "each code has one row");
        Assert.That(documented, Is.EquivalentTo(RemarkCodes.All.Select(c => c.Code)));
    }

    [Test]
    public void Every_code_is_used_where_a_remark_is_made()
    {
        var sources = string.Join("\n", RepositoryFiles.Sources().Where(s => !s.Path.EndsWith("RemarkCodes.cs", StringComparison.Ordinal)).Select(s => s.Text));

        foreach (var field in Fields)
        {
            Assert.That(sources, Does.Contain($"new Remark(RemarkCodes.{field.Name},"), $"{field.Name} is not used (retire it in the docs, keep its number)");
        }
    }

    [Test]
    public void A_remark_prints_its_code_before_its_text()
    {
        Assert.That(new Remark(RemarkCodes.ColumnOrder, "table public.t: column order differs").ToString(), Is.EqualTo("SR0101: table public.t: column order differs"));
    }
}
