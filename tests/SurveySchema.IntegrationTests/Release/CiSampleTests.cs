using System.Text.RegularExpressions;

namespace SurveySchema.IntegrationTests.Release;

/// <summary>The sample CI definitions under <c>docs/ci/</c> call only real Cake targets with arguments those targets
/// accept (read from <c>build.cake</c> and <c>build/*.cake</c>), and publish the JUnit file that Drift writes: a renamed
/// target or argument fails here instead of in a user's pipeline.</summary>
[TestFixture]
public sealed partial class CiSampleTests
{
    private static readonly string[] Samples = ["docs/ci/github-actions.yml", "docs/ci/gitlab-ci.yml"];

    [TestCaseSource(nameof(Samples))]
    public void EveryCakeCallNamesARegisteredTargetAndArgumentsItAccepts(string sample)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, sample));
        var targets = RegisteredTargets();
        var (everyTarget, byTarget) = RegisteredArguments();
        var calls = CakeCalls(text).ToList();

        Assert.That(calls.Select(c => c.Target), Does.Contain("Drift").And.Contain("Diff"), $"{sample} gates on Drift and publishes Diff's report");
        foreach (var (target, arguments) in calls)
        {
            Assert.That(targets, Does.Contain(target), $"{sample}: --target={target} is not a Task in build.cake or build/*.cake");
            Assert.That(byTarget.Keys, Does.Contain(target), $"build/arguments.cake lists no arguments for {target}");
            foreach (var (name, _) in arguments.Where(a => a.Name != "target"))
            {
                Assert.That(everyTarget.Concat(byTarget[target]), Does.Contain(name), $"{sample}: {target} does not accept --{name}");
            }
        }
    }

    [TestCaseSource(nameof(Samples))]
    public void TheJUnitFileDriftWritesIsTheOneThePipelinePublishes(string sample)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, sample));

        var junitFiles = CakeCalls(text).Where(c => c.Target == "Drift")
            .Select(c => c.Arguments.SingleOrDefault(a => a.Name == "junit").Value).ToList();

        Assert.That(junitFiles, Is.Not.Empty.And.All.Not.Null, $"{sample}: every Drift call writes JUnit");
        foreach (var file in junitFiles)
        {
            var mentions = Regex.Matches(text, Regex.Escape(file!)).Count;
            Assert.That(mentions, Is.GreaterThan(junitFiles.Count(f => f == file)), $"{sample}: {file} is written but never published");
        }

        Assert.That(text, Does.Contain("artifacts/diff/"), $"{sample} publishes the diff report");
    }

    [Test]
    public void TheTargetsAndArgumentsAreReadFromTheBuildFiles()
    {
        // Guards the readers above: an empty list would let every sample pass.
        var (everyTarget, byTarget) = RegisteredArguments();
        Assert.That(RegisteredTargets(), Does.Contain("Drift").And.Contain("Diff").And.Contain("Test"));
        Assert.That(everyTarget, Does.Contain("connection").And.Contain("project"));
        Assert.That(byTarget["Drift"], Is.EquivalentTo(new[] { "junit", "json", "annotations" }));
        Assert.That(CakeCalls("dotnet cake --target=Drift --junit=a.xml --annotations=github").Single().Arguments,
            Is.EqualTo(new[] { ("target", "Drift"), ("junit", "a.xml"), ("annotations", "github") }));
    }

    /// <summary>Every <c>dotnet cake …</c> command line: its target and its <c>--name[=value]</c> arguments.</summary>
    private static IEnumerable<(string Target, (string Name, string? Value)[] Arguments)> CakeCalls(string text)
    {
        foreach (Match call in CakeCall().Matches(text))
        {
            var arguments = CakeArgument().Matches(call.Groups["arguments"].Value)
                .Select(a => (a.Groups["name"].Value, a.Groups["value"].Success ? a.Groups["value"].Value.Trim('"', '\'') : null))
                .ToArray();
            yield return (arguments.SingleOrDefault(a => a.Item1 == "target").Item2 ?? "Diff", arguments);
        }
    }

    /// <summary>The names of <c>Task("…")</c> in the Cake files.</summary>
    private static HashSet<string> RegisteredTargets() =>
    [
        .. CakeFiles().SelectMany(file => TaskDeclaration().Matches(File.ReadAllText(file)).Select(m => m.Groups["name"].Value)),
    ];

    /// <summary>build/arguments.cake's lists: what every target knows, and each target's own.</summary>
    private static (string[] EveryTarget, Dictionary<string, string[]> ByTarget) RegisteredArguments()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "build", "arguments.cake"));
        var every = Names(EveryTargetArguments().Match(text).Groups["names"].Value);
        var byTarget = TargetArguments().Matches(text).ToDictionary(m => m.Groups["target"].Value, m => Names(m.Groups["names"].Value));
        return (every, byTarget);
    }

    private static string[] Names(string list) => [.. Regex.Matches(list, "\"(?<name>[^\"]+)\"").Select(m => m.Groups["name"].Value)];

    private static IEnumerable<string> CakeFiles() =>
        [Path.Combine(RepositoryPaths.Root, "build.cake"), .. Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "build"), "*.cake")];

    [GeneratedRegex(@"dotnet cake(?<arguments>(?:[ \t]+--[^\s]+)*)")]
    private static partial Regex CakeCall();

    [GeneratedRegex(@"--(?<name>[a-z][a-z-]*)(?:=(?<value>""[^""]*""|'[^']*'|\S+))?")]
    private static partial Regex CakeArgument();

    [GeneratedRegex(@"Task\(""(?<name>[A-Za-z]+)""\)")]
    private static partial Regex TaskDeclaration();

    [GeneratedRegex(@"argumentsEveryTargetKnows\s*=\s*new\[\]\s*\{(?<names>[^}]*)\}")]
    private static partial Regex EveryTargetArguments();

    [GeneratedRegex(@"\[""(?<target>[A-Za-z]+)""\]\s*=\s*new\s*(?:\[\]\s*\{(?<names>[^}]*)\}|string\[0\])")]
    private static partial Regex TargetArguments();
}
