using System.Reflection;

namespace SurveySchema.IntegrationTests.Tool;

/// <summary>How this test run was built, so that what a test packs or publishes is built the same way.</summary>
internal static class TestBuild
{
    /// <summary>Debug or Release, as the test assembly was compiled.</summary>
    public static string Configuration =>
        typeof(TestBuild).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
}
