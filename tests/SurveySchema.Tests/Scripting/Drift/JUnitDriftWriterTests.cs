using System.Xml.Linq;
using SurveySchema.Scripting.Drift;

namespace SurveySchema.Tests.Scripting.Drift;

/// <summary>The JUnit shape CI servers read: testsuites/testsuite/testcase/failure, with counts that add up.</summary>
[TestFixture]
public sealed class JUnitDriftWriterTests
{
    [Test]
    public void OneTestCasePerObjectAndAFailurePerDifference()
    {
        var report = DriftSamples.Report();

        var xml = XDocument.Parse(JUnitDriftWriter.Write(report));

        var suites = xml.Root!;
        Assert.That(suites.Name.LocalName, Is.EqualTo("testsuites"));
        var suite = suites.Elements("testsuite").Single();
        var cases = suite.Elements("testcase").ToList();
        Assert.That(cases, Has.Count.EqualTo(report.Objects.Length));
        Assert.That(cases.Select(c => $"{c.Attribute("classname")!.Value} {c.Attribute("name")!.Value}"), Is.EqualTo(report.Objects.Select(o => o.Subject)));
        Assert.That(cases.SelectMany(c => c.Elements("failure")).Count(), Is.EqualTo(report.Findings.Length));
        foreach (var element in new[] { suites, suite })
        {
            Assert.That((int)element.Attribute("tests")!, Is.EqualTo(cases.Count));
            Assert.That((int)element.Attribute("failures")!, Is.EqualTo(cases.Count(c => c.Elements("failure").Any())), "failures counts failed test cases");
            Assert.That((int)element.Attribute("errors")!, Is.Zero);
            Assert.That((int)element.Attribute("skipped")!, Is.Zero);
        }
    }

    [Test]
    public void AFailureSaysWhatDiffersAndATestCaseWhereItIsDeclared()
    {
        var xml = XDocument.Parse(JUnitDriftWriter.Write(DriftSamples.Report()));

        var projects = xml.Descendants("testcase").Single(c => c.Attribute("name")!.Value == "public.projects");
        Assert.That(projects.Attribute("classname")!.Value, Is.EqualTo("table"));
        Assert.That(projects.Attribute("file")!.Value, Is.EqualTo(DriftSamples.ProjectsFile));
        Assert.That((int)projects.Attribute("line")!, Is.EqualTo(3));
        var failure = projects.Elements("failure").Single(f => f.Attribute("message")!.Value.StartsWith("column is_archived", StringComparison.Ordinal));
        Assert.That(failure.Attribute("type")!.Value, Is.EqualTo("missing"));
        Assert.That(failure.Value, Does.Contain("expected (schema): boolean not null default false").And.Contain("actual (database): (absent)"));
        Assert.That(projects.Element("system-out")!.Value, Does.Contain("column is_archived").And.Contain("index idx_projects_name"),
            "servers that show one failure per test case still list every difference");

        var legacy = xml.Descendants("testcase").Single(c => c.Attribute("name")!.Value == "public.legacy");
        Assert.That(legacy.Attribute("file"), Is.Null, "only in the database");
        Assert.That(legacy.Element("failure")!.Attribute("type")!.Value, Is.EqualTo("unexpected"));
        Assert.That(xml.Descendants("testcase").Single(c => c.Attribute("name")!.Value == "public.points").Elements(), Is.Empty, "a passing object");
    }

    [Test]
    public void WithoutDriftEveryTestCasePasses()
    {
        var xml = XDocument.Parse(JUnitDriftWriter.Write(DriftSamples.NoDrift()));

        Assert.That((int)xml.Root!.Attribute("tests")!, Is.EqualTo(3));
        Assert.That((int)xml.Root!.Attribute("failures")!, Is.Zero);
        Assert.That(xml.Descendants("failure"), Is.Empty);
    }

    [Test]
    public void ControlCharactersXmlCannotHoldDoNotBreakTheFile()
    {
        var report = DriftSamples.Report();
        report = report with { Findings = [report.Findings[0] with { Expected = "bell\u0007 and tab\t" }] };

        var xml = XDocument.Parse(JUnitDriftWriter.Write(report));

        Assert.That(xml.Descendants("failure").Single().Value, Does.Contain("bell\uFFFD and tab\t"));
    }
}
