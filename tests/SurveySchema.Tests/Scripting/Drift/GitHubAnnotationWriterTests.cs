using SurveySchema.Parsing;
using SurveySchema.Scripting.Drift;

namespace SurveySchema.Tests.Scripting.Drift;

[TestFixture]
public sealed class GitHubAnnotationWriterTests
{
    [Test]
    public void ADeclaredDifferenceIsAnErrorOnItsFileAndLine()
    {
        var lines = GitHubAnnotationWriter.Lines(DriftSamples.Report()).ToList();

        Assert.That(lines, Has.Count.EqualTo(DriftSamples.Report().Findings.Length));
        Assert.That(lines, Has.Some.StartsWith($"::error file={DriftSamples.ProjectsFile},line=3,title=schema drift%3A table public.projects::column is_archived is declared here but missing from the database"));
        Assert.That(lines, Has.Some.StartsWith($"::error file={DriftSamples.ProjectsFile},line=12,title=schema drift%3A table public.projects::index idx_projects_name differs"));
        Assert.That(lines, Has.All.Not.Contain("\n"), "one workflow command per line");
    }

    [Test]
    public void WhatOnlyTheDatabaseHasIsAnErrorWithoutAFile()
    {
        var legacy = GitHubAnnotationWriter.Lines(DriftSamples.Report()).Single(l => l.Contains("public.legacy", StringComparison.Ordinal));

        Assert.That(legacy, Does.StartWith("::error title=schema drift%3A table public.legacy::table public.legacy: table public.legacy is in the database but not in the schema"));
    }

    [Test]
    public void TheRunnersSpecialCharactersAreEscaped()
    {
        var finding = new DriftFinding("table public.a,b", "comment on table public.a,b", DriftKind.Changed, "comment on table public.a,b", "100% done\nreally", "was: x")
        {
            DeclaredAt = new SourceLocation("schema/tables/a,b.sql", 7, 1),
        };
        var report = DriftSamples.NoDrift() with { Findings = [finding] };

        var line = GitHubAnnotationWriter.Lines(report).Single();

        Assert.That(line, Does.StartWith("::error file=schema/tables/a%2Cb.sql,line=7,title=schema drift%3A table public.a%2Cb::"));
        Assert.That(line, Does.EndWith("expected: 100%25 done%0Areally%0Aactual: was: x"), "a message keeps ':' and ',' but not '%' or line breaks");
    }
}
