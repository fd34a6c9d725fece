// Setup: every target that needs a server or libpg_query depends on it.
Task("Setup")
    .Description("Installs PostgreSQL 15, PostGIS 3 and libpg_query from Debian's packages when missing")
    .Does(() =>
{
    var exit = StartProcess("bash", new ProcessSettings {
        Arguments = new ProcessArgumentBuilder().AppendQuoted(repoRoot.CombineWithFilePath("build/setup.sh").FullPath),
        WorkingDirectory = repoRoot });
    if (exit != 0)
        throw new CakeException(exit, "Setup failed: see the message above for the command to run");
});

Task("Compile")
    .Description("Compiles the solution (the schema project's offline check included)")
    .Does(() =>
{
    DotNetBuild(repoRoot.CombineWithFilePath("SurveySchema.sln").FullPath, new DotNetBuildSettings {
        Configuration = configuration,
        NoLogo = true,
    });
});
