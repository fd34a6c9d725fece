using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace SurveySchema.Scripting.Drift;

/// <summary>Writes a drift report as JUnit XML, the format CI servers show natively (GitHub test reporters,
/// GitLab's <c>artifacts:reports:junit</c>, Jenkins, Azure DevOps): one test case per object compared, a
/// <c>&lt;failure&gt;</c> per difference.</summary>
/// <remarks>The counts follow JUnit's meaning: <c>tests</c> is the number of objects, <c>failures</c> the number of
/// objects that drifted (a test case fails once, whatever the number of its failures). Some servers show only a
/// test case's first failure, so its <c>&lt;system-out&gt;</c> lists every difference too. Times are 0: drift
/// compares two models once, there is nothing per object to time, and the file stays the same for the same
/// drift.</remarks>
public static class JUnitDriftWriter
{
    public const string SuiteName = "surveyschema drift";

    public static string Write(DriftReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var findings = report.FindingsByObject();
        var failed = report.DriftedObjects;
        var cases = report.Objects.Select(compared => TestCase(compared, [.. findings[compared.Subject]]));
        var suite = new XElement("testsuite",
            new XAttribute("name", SuiteName),
            Counts(report.Objects.Length, failed),
            new XElement("properties",
                Property("target", report.Target),
                Property("project", report.Project),
                report.NextCommand is null ? null : Property("next-command", report.NextCommand)),
            cases,
            report.Remarks.IsEmpty ? null : new XElement("system-out", Clean(string.Join("\n", report.Remarks.Select(r => "note: " + r)))));
        var document = new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement("testsuites", new XAttribute("name", SuiteName), Counts(report.Objects.Length, failed), suite));

        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8, NewLineChars = "\n" }))
        {
            document.Save(writer);
        }

        // StringBuilder output is UTF-16; the declaration must say what the file is written in.
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal) + "\n";
    }

    private static XElement TestCase(ComparedObject compared, IReadOnlyList<DriftFinding> findings)
    {
        var element = new XElement("testcase",
            new XAttribute("classname", compared.Kind.Length == 0 ? "object" : compared.Kind),
            new XAttribute("name", Clean(compared.Name)),
            new XAttribute("time", "0"));
        if (compared.DeclaredAt is { } declared)
        {
            element.Add(new XAttribute("file", declared.File), new XAttribute("line", declared.Line.ToString(CultureInfo.InvariantCulture)));
        }

        foreach (var finding in findings)
        {
            element.Add(new XElement("failure",
                new XAttribute("message", Clean($"{finding.Item}: {finding.Change}")),
                new XAttribute("type", finding.Kind.ToString().ToLowerInvariant()),
                Clean(Body(finding))));
        }

        if (findings.Count > 0)
        {
            element.Add(new XElement("system-out", Clean(string.Join("\n", findings.Select(f => $"{f.Kind.ToString().ToLowerInvariant()}: {f.Item}: {f.Change}")))));
        }

        return element;
    }

    private static string Body(DriftFinding finding)
    {
        var body = new StringBuilder();
        body.Append("object: ").Append(finding.Object).Append('\n');
        body.Append("item: ").Append(finding.Item).Append('\n');
        body.Append("kind: ").Append(finding.Kind.ToString().ToLowerInvariant()).Append('\n');
        body.Append("expected (schema): ").Append(finding.Expected ?? "(absent)").Append('\n');
        body.Append("actual (database): ").Append(finding.Actual ?? "(absent)").Append('\n');
        if (finding.DeclaredAt is { } declared)
        {
            body.Append("declared at: ").Append(declared).Append('\n');
        }

        return body.ToString();
    }

    private static IEnumerable<XAttribute> Counts(int tests, int failures) =>
    [
        new("tests", tests.ToString(CultureInfo.InvariantCulture)),
        new("failures", failures.ToString(CultureInfo.InvariantCulture)),
        new("errors", "0"),
        new("skipped", "0"),
        new("time", "0"),
    ];

    private static XElement Property(string name, string value) =>
        new("property", new XAttribute("name", name), new XAttribute("value", Clean(value)));

    /// <summary>XML 1.0 cannot hold most control characters, which a comment or a function body may contain: they
    /// become U+FFFD rather than make the whole file unreadable.</summary>
    private static string Clean(string text) =>
        text.All(XmlConvert.IsXmlChar) ? text : new string([.. text.Select(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c) ? c : '\uFFFD')]);
}
