using System.IO.Compression;
using System.Reflection;
using SurveySchema.Cli;
using SurveySchema.IntegrationTests.Cli;

namespace SurveySchema.IntegrationTests.Tool;

/// <summary>The tool as users get it: <c>dotnet pack src/SurveySchema.Cli</c> once, then
/// <c>dotnet tool install --tool-path</c> from that folder alone (no other package source, a private package
/// cache so an older package of the same version cannot stand in), and the installed <c>surveyschema</c> run from a
/// folder outside the repository.</summary>
[TestFixture]
[NonParallelizable]
public sealed class ToolPackageTests
{
    private string folder = null!;
    private string package = null!;
    private string tool = null!;

    [OneTimeSetUp]
    public async Task PackAndInstallAsync()
    {
        folder = Directory.CreateTempSubdirectory("surveyschema-tool-").FullName;
        var packages = Path.Combine(folder, "package");
        var project = Path.Combine(RepositoryPaths.Root, "src", "SurveySchema.Cli");
        List<string> pack = ["pack", project, "-o", packages, "-c", TestBuild.Configuration, "-nologo"];
        if (BuiltOutputIsCurrent(project))
        {
            // The test run has built the CLI already (this project references it): pack those binaries.
            pack.Add("--no-build");
        }

        var packed = await ToolProcess.RunAsync("dotnet", pack, RepositoryPaths.Root, TimeSpan.FromMinutes(10));
        Assert.That(packed.ExitCode, Is.Zero, $"dotnet pack failed:\n{packed}");
        package = Directory.GetFiles(packages, "surveyschema.*.nupkg").Single();

        var config = Path.Combine(folder, "nuget.config");
        await File.WriteAllTextAsync(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="packed" value="{packages}" />
              </packageSources>
            </configuration>
            """);
        var tools = Path.Combine(folder, "tools");
        var installed = await ToolProcess.RunAsync(
            "dotnet",
            ["tool", "install", "surveyschema", "--tool-path", tools, "--configfile", config],
            folder,
            TimeSpan.FromMinutes(3),
            ("NUGET_PACKAGES", Path.Combine(folder, "nuget-cache")));
        Assert.That(installed.ExitCode, Is.Zero, $"dotnet tool install failed:\n{installed}");
        tool = Path.Combine(tools, "surveyschema");
    }

    [OneTimeTearDown]
    public void RemoveFolder()
    {
        if (folder is not null && Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task VersionIsTheBuildsAndNamesThePackage()
    {
        var built = typeof(CommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        var result = await ToolProcess.RunAsync(tool, ["--version"], folder, TimeSpan.FromMinutes(1));

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Output.Trim(), Is.EqualTo(built));
        Assert.That(Path.GetFileName(package), Is.EqualTo($"surveyschema.{built.Split('+')[0]}.nupkg"));
    }

    [Test]
    public void PackageIsAToolNamedSurveyschemaWithTheCatalogQueriesInside()
    {
        using var archive = ZipFile.OpenRead(package);
        var settings = archive.Entries.Single(entry => entry.Name == "DotnetToolSettings.xml");
        using var reader = new StreamReader(settings.Open());

        Assert.That(reader.ReadToEnd(), Does.Contain("Name=\"surveyschema\"").And.Contain("EntryPoint=\"surveyschema.dll\""));
        Assert.That(archive.Entries.Select(entry => entry.Name), Does.Contain("SurveySchema.Catalog.dll").And.Contain("SurveySchema.Parsing.dll"));
    }

    /// <summary>Two real commands of the installed tool: <c>build</c> parses schema/ with libpg_query (found from
    /// the install folder) and materialises it, <c>inspect</c> reads a database at the chain's head with the
    /// embedded catalog queries; schema/ equals 0001 followed by 0002, so both print one fingerprint.</summary>
    [Test]
    public async Task InstalledToolBuildsTheSchemaAndInspectsADatabaseToTheSameFingerprint()
    {
        await using var database = await CliDatabase.AtAsync("0001", "0002");
        var model = Path.Combine(folder, "model.json");

        var built = await ToolProcess.RunAsync(
            tool,
            ["build", "--project", RepositoryPaths.Schema, "--out", model, "--no-cache", "--cache-dir", Path.Combine(folder, "cache"),
             "--dev-connection", TestServer.Server.AdminConnectionString],
            folder,
            TimeSpan.FromMinutes(5));
        var inspected = await ToolProcess.RunAsync(tool, ["inspect", "--connection", database.ConnectionString], folder, TimeSpan.FromMinutes(2));

        Assert.That(built.ExitCode, Is.Zero, built.ToString());
        Assert.That(inspected.ExitCode, Is.Zero, inspected.ToString());
        Assert.That(File.Exists(model), Is.True);
        var expected = await CliDatabase.FingerprintAsync(database.ConnectionString);
        Assert.That(built.Output, Does.Contain($"fingerprint: {expected}"));
        Assert.That(inspected.Output, Does.Contain($"fingerprint: {expected}"));
    }

    /// <summary>True when the CLI's own output folder holds the very surveyschema.dll this test run loaded, so
    /// packing it without a build packs what the other tests test.</summary>
    private static bool BuiltOutputIsCurrent(string project)
    {
        var built = Path.Combine(project, "bin", TestBuild.Configuration, "net10.0", "surveyschema.dll");
        var loaded = typeof(CommandLine).Assembly.Location;
        return File.Exists(built) && File.ReadAllBytes(built).AsSpan().SequenceEqual(File.ReadAllBytes(loaded));
    }
}
