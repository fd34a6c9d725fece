using System.Text.RegularExpressions;

namespace SurveySchema.IntegrationTests.Convergence.CaseFolders;

/// <summary>One acceptance case as a folder under <c>tests/cases/</c>: <c>a.sql</c> (the live database; missing or
/// empty = empty database), <c>b.sql</c> (the desired state, used as a schema project) and an optional
/// <c>case.json</c> (<see cref="CaseSettings"/>). See <c>tests/cases/README.md</c>.</summary>
public sealed partial record CaseFolder(string Name, string Directory, string OldSql, string DesiredSql, CaseSettings Settings)
{
    public const string OldFile = "a.sql";
    public const string DesiredFile = "b.sql";
    public const string SettingsFile = "case.json";

    /// <summary><c>tests/cases/</c> in the repository.</summary>
    public static string CasesRoot => Path.Combine(RepositoryPaths.Root, "tests", "cases");

    /// <summary>Every case folder below <paramref name="root"/>, by name.</summary>
    /// <exception cref="InvalidDataException">A folder is not a valid case; the message names it.</exception>
    public static IReadOnlyList<CaseFolder> DiscoverAll(string root) =>
        [.. System.IO.Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal).Select(Load)];

    /// <exception cref="InvalidDataException">The folder is not a valid case; the message names the file.</exception>
    public static CaseFolder Load(string directory)
    {
        var name = Path.GetFileName(directory);
        if (!KebabCase().IsMatch(name))
        {
            throw new InvalidDataException($"{directory}: a case folder's name is kebab-case (a-z, 0-9, '-')");
        }

        var desiredPath = Path.Combine(directory, DesiredFile);
        if (!File.Exists(desiredPath))
        {
            throw new InvalidDataException($"{desiredPath}: missing; every case declares its desired state");
        }

        var oldPath = Path.Combine(directory, OldFile);
        var settingsPath = Path.Combine(directory, SettingsFile);
        CaseSettings settings;
        try
        {
            settings = File.Exists(settingsPath) ? CaseSettings.Parse(File.ReadAllText(settingsPath)) : CaseSettings.Default;
        }
        catch (System.Text.Json.JsonException exception)
        {
            throw new InvalidDataException($"{settingsPath}: {exception.Message}", exception);
        }

        return new CaseFolder(
            name,
            directory,
            File.Exists(oldPath) ? File.ReadAllText(oldPath) : "",
            File.ReadAllText(desiredPath),
            settings);
    }

    /// <summary>Writes the case as a folder named <see cref="Name"/> below <paramref name="root"/>; returns its path.</summary>
    public string WriteTo(string root)
    {
        var directory = Path.Combine(root, Name);
        System.IO.Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, OldFile), OldSql);
        File.WriteAllText(Path.Combine(directory, DesiredFile), DesiredSql);
        var settings = Settings.ToJson();
        if (settings != "{}")
        {
            File.WriteAllText(Path.Combine(directory, SettingsFile), settings + "\n");
        }

        return directory;
    }

    /// <summary>The scripts psql can run as they are, each with its file's letter for messages: a.sql, and b.sql
    /// unless the case says it cannot be applied directly (<see cref="CaseSettings.DirectApply"/>).</summary>
    public IEnumerable<(string Sql, string Label)> DirectlyApplicableSql()
    {
        yield return (OldSql, "a");
        if (Settings.DirectApply)
        {
            yield return (DesiredSql, "b");
        }
    }

    public override string ToString() => Name;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();
}
