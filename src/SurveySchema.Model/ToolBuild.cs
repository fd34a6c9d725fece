using System.Reflection;
using System.Text;

namespace SurveySchema.Model;

/// <summary>Which build of the tool made something a cache keeps: a cached model is only as right as the code
/// that built it, so every cache key carries this.</summary>
public static class ToolBuild
{
    /// <summary>The tool's informational version (<c>0.1.0+commit</c> when built from git).</summary>
    public static string Version { get; } =
        typeof(ToolBuild).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ToolBuild).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    /// <summary>The version plus the module version id of each assembly in <paramref name="stages"/> (those that
    /// shape what is cached): the compiler derives it from the assembly's content in deterministic builds (the SDK
    /// default), so a rebuilt parser or catalog reader invalidates a cache even before the version number changes.</summary>
    public static string Describe(params Assembly[] stages)
    {
        var text = new StringBuilder().Append("tool ").Append(Version).Append('\n');
        foreach (var assembly in stages.Append(typeof(ToolBuild).Assembly).Distinct())
        {
            text.Append(assembly.GetName().Name).Append(' ').Append(assembly.ManifestModule.ModuleVersionId).Append('\n');
        }

        return text.ToString();
    }
}
