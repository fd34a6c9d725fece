using System.Reflection;

namespace SurveySchema.Revisions;

/// <summary>Who runs and with what: written into each history row. The role comes from the server
/// (<c>current_user</c>); the operating-system user and the tool version only the client knows.</summary>
public sealed record RunIdentity(string OsUser, string ToolVersion)
{
    public static RunIdentity Current { get; } = new(Environment.UserName, ToolVersionOf(typeof(RunIdentity).Assembly));

    private static string ToolVersionOf(Assembly assembly)
    {
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString()
            ?? "unknown";

        // The SDK appends "+<commit>" when it knows the source revision; the release number is what matters here.
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
