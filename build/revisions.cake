// Upgrade, Downgrade, Stamp, Revision and Extract: the revision chain and the schema folder (docs/revisions.md).
//   dotnet cake --target=Upgrade [--revision=REV] [--sql] [--connection=…]     to REV, default head; --sql prints the script offline (REV may be FROM:TO)
//   dotnet cake --target=Downgrade [--revision=REV] [--sql] [--connection=…]   back to REV, default one step
//   dotnet cake --target=Stamp --revision=REV [--connection=…]                  record REV without running it (adopting a database)
//   dotnet cake --target=Revision --message="add crews" [--autogenerate] [--dev-connection=…]
//                                                        the next revision; --autogenerate fills it from the chain's head → schema/
//   dotnet cake --target=Extract --out=DIR [--force] [--connection=…]           write a live database out as schema files
// Each ends with the CLI's exit code: 1 failed, 3 refused by a safety check.

Task("Upgrade")
    .Description("Upgrades --connection along the revision chain to --revision (default head); --sql prints the script instead of running it")
    .IsDependentOn("Setup")
    .IsDependentOn("Compile")
    .Does(() =>
{
    var arguments = new List<string> { "upgrade" };
    if (HasArgument("revision")) arguments.Add(Argument<string>("revision"));
    if (HasArgument("sql")) arguments.Add("--sql");
    RunChainCommandOrFail("Upgrade", arguments);
});

Task("Downgrade")
    .Description("Downgrades --connection along the revision chain to --revision (default: one step back); --sql prints the script instead")
    .IsDependentOn("Setup")
    .IsDependentOn("Compile")
    .Does(() =>
{
    var arguments = new List<string> { "downgrade" };
    if (HasArgument("revision")) arguments.Add(Argument<string>("revision"));
    if (HasArgument("sql")) arguments.Add("--sql");
    RunChainCommandOrFail("Downgrade", arguments);
});

Task("Stamp")
    .Description("Records --revision=REV in --connection's history without running anything (adopting an existing database)")
    .IsDependentOn("Setup")
    .IsDependentOn("Compile")
    .Does(() =>
{
    RunChainCommandOrFail("Stamp", new List<string> { "stamp", RequiredArgument("Stamp", "revision", "REV") });
});

Task("Revision")
    .Description("Adds the next revision to schema/revisions (--message=… required); --autogenerate fills it from the chain's head → schema/")
    .IsDependentOn("Setup")
    .IsDependentOn("Compile")
    .Does(() =>
{
    var arguments = new List<string> { "revision", "--message", RequiredArgument("Revision", "message", "\"what it does\"") };
    if (HasArgument("autogenerate")) arguments.Add("--autogenerate");
    if (HasArgument("dev-connection")) { arguments.Add("--dev-connection"); arguments.Add(Argument<string>("dev-connection")); }
    RunChainCommandOrFail("Revision", arguments);
});

Task("Extract")
    .Description("Writes the live database (--connection) out as schema files into --out=DIR (--force: replace the *.sql files of a non-empty DIR)")
    .IsDependentOn("Setup")
    .IsDependentOn("Compile")
    .Does(() =>
{
    var arguments = new List<string> { "extract", "--out", MakeAbsolute(Directory(RequiredArgument("Extract", "out", "DIR"))).FullPath };
    if (HasArgument("force")) arguments.Add("--force");
    RunChainCommandOrFail("Extract", arguments);
});

// A --name=value the target cannot do without; fails (exit 1) naming it.
string RequiredArgument(string target, string name, string example)
{
    if (!HasArgument(name) || string.IsNullOrWhiteSpace(Argument<string>(name)))
        throw new CakeException(1, $"{target}: --{name}={example} is required");
    return Argument<string>(name);
}

// Runs the CLI with --project/--connection passed through and ends the run with its exit code when it is not 0.
void RunChainCommandOrFail(string target, List<string> arguments)
{
    var exit = RunCli(arguments.Concat(CommonCliArguments()).ToArray());
    if (exit != 0)
        FailWithExitCode(exit, exit == 3 ? $"{target} refused (see above)" : $"{target} failed (surveyschema exited {exit})");
}
