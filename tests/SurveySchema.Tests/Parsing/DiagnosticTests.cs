using System.Runtime.CompilerServices;
using SurveySchema.Parsing.Diagnostics;

namespace SurveySchema.Tests.Parsing;

[TestFixture]
public sealed class DiagnosticTests
{
    [Test]
    public void Diagnostics_print_in_msbuild_canonical_form()
    {
        var located = new Diagnostic(DiagnosticSeverity.Error, "SS0101", "schema/tables/a.sql", 7, 36, "syntax error at or near \",\"");
        var warning = new Diagnostic(DiagnosticSeverity.Warning, "SS0204", "schema/extensions.sql", 3, 1, "not installed");
        var unlocated = Diagnostic.ErrorAt("SS0106", "schema", "no files");

        Assert.That(located.ToCanonicalString(), Is.EqualTo("schema/tables/a.sql(7,36): error SS0101: syntax error at or near \",\""));
        Assert.That(warning.ToCanonicalString(), Is.EqualTo("schema/extensions.sql(3,1): warning SS0204: not installed"));
        Assert.That(unlocated.ToCanonicalString(), Is.EqualTo("schema: error SS0106: no files"));
    }

    [Test]
    public void Codes_are_unique_and_all_documented_in_docs_error_codes()
    {
        var documentation = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "error-codes.md"));

        Assert.That(DiagnosticCodes.All.Select(c => c.Code), Is.Unique);
        Assert.That(DiagnosticCodes.All.Select(c => c.Code), Has.All.Match("^SS[0-9]{4}$"));
        foreach (var (code, _) in DiagnosticCodes.All)
        {
            Assert.That(documentation, Does.Contain($"| {code} |"), $"{code} is missing from docs/error-codes.md");
        }
    }

    [Test]
    public void Unknown_references_are_not_reported_while_a_statement_does_not_parse()
    {
        // The broken CREATE TABLE declared "t"; reporting the comment's reference to it would only add noise.
        using var folder = SchemaFolder.Create(("t.sql", "CREATE TABLE t (id int,, x int);\nCOMMENT ON TABLE t IS 'x';"));

        var project = folder.Load();

        Assert.That(project.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { DiagnosticCodes.SyntaxError }));
    }

    private static string RepositoryRoot([CallerFilePath] string thisFile = "")
        => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));
}
