// Diff, Drift, Deploy and Approve: the release manager's loop (DESIGN.md, "Who uses it, and how").
//   dotnet cake --target=Diff [--connection=…]          writes artifacts/diff/migration.{sql,down.sql,md,json}
//   dotnet cake --target=Approve [--approver=NAME] [--accept-hazards=DataLoss,…]
//                                                        freezes that plan under artifacts/approved/<UTC time>-<fingerprint>/
//   dotnet cake --target=Deploy --connection=… [--approved | --plan=FILE] [--allow-hazards=DataLoss,…] [--no-rehearsal]
//   dotnet cake --target=Drift [--connection=…] [--junit=FILE] [--json=FILE] [--annotations=github|none]
//                                                        fails with exit code 2 when the target differs from schema/; the
//                                                        reports for CI name the file and line declaring each difference
var diffDirectory = artifacts.Combine("diff");
var approvedDirectory = artifacts.Combine("approved");

Task("Diff")
    .Description("Writes the migration script, its reverse, a Markdown report and a JSON plan under artifacts/diff/ (target: --connection, else the revision chain's head)")
    .IsDependentOn("Setup")
    .IsDependentOn("Compile")
    .Does(() =>
{
    EnsureDirectoryExists(diffDirectory);
    // Exit 0 with or without differences: Diff reports, Drift is the check that fails.
    RunCliOrFail("Diff", new[] { 0 }, new[] {
        "diff",
        "--out", diffDirectory.CombineWithFilePath("migration.sql").FullPath,
        "--report", diffDirectory.CombineWithFilePath("migration.md").FullPath,
        "--json", diffDirectory.CombineWithFilePath("migration.json").FullPath,
    }.Concat(CommonCliArguments()).ToArray());
});

Task("Drift")
    .Description("Compares the target (--connection, else the revision chain's head) with schema/; fails with exit code 2 when they differ")
    .IsDependentOn("Setup")
    .IsDependentOn("Compile")
    .Does(() =>
{
    var arguments = new List<string> { "drift" };
    foreach (var report in new[] { "junit", "json" })
        if (HasArgument(report)) { arguments.Add("--" + report); arguments.Add(MakeAbsolute(File(Argument<string>(report))).FullPath); }
    if (HasArgument("annotations")) { arguments.Add("--annotations"); arguments.Add(Argument<string>("annotations")); }
    var exit = RunCli(arguments.Concat(CommonCliArguments()).ToArray());
    if (exit != 0)
        FailWithExitCode(exit, exit == 2 ? "Drift: the target differs from schema/ (see above)" : $"Drift failed (surveyschema exited {exit})");
});

Task("Approve")
    .Description("Records the release manager's approval of artifacts/diff/migration.* (surveyschema approve): a frozen copy under artifacts/approved/<UTC time>-<target fingerprint>/ with approval.json (who, when, the database it was planned for, the hazards accepted, sha256 of each file)")
    .IsDependentOn("Compile")
    .Does(() =>
{
    var plan = diffDirectory.CombineWithFilePath("migration.json");
    if (!FileExists(plan))
        throw new CakeException(1, $"Approve: {plan.FullPath} does not exist; run `dotnet cake --target=Diff` first");
    var arguments = new List<string> { "approve", "--plan", plan.FullPath, "--approver", Argument("approver", Environment.UserName),
        "--out", approvedDirectory.FullPath };
    if (HasArgument("accept-hazards")) { arguments.Add("--accept-hazards"); arguments.Add(Argument<string>("accept-hazards")); }
    var exit = RunCli(arguments.ToArray());
    if (exit != 0)
        FailWithExitCode(exit, exit == 3 ? "Approve refused (see above)" : $"Approve failed (surveyschema exited {exit})");
});

Task("Deploy")
    .Description("Applies a plan (--plan=FILE, default artifacts/diff/migration.json; --approved: the latest approved plan, checked against its sha256) to --connection; --allow-hazards=DataLoss,TableRewrite,Irreversible")
    .IsDependentOn("Setup")
    .IsDependentOn("Compile")
    .Does(() =>
{
    var plan = HasArgument("approved")
        ? LatestApprovedPlan()
        : MakeAbsolute(File(Argument("plan", diffDirectory.CombineWithFilePath("migration.json").FullPath)));
    var arguments = new List<string> { "deploy", "--plan", plan.FullPath };
    if (HasArgument("allow-hazards")) { arguments.Add("--allow-hazards"); arguments.Add(Argument<string>("allow-hazards")); }
    if (HasArgument("no-rehearsal")) arguments.Add("--no-rehearsal");
    if (HasArgument("dev-connection")) { arguments.Add("--dev-connection"); arguments.Add(Argument<string>("dev-connection")); }
    var exit = RunCli(arguments.Concat(CommonCliArguments()).ToArray());
    if (exit != 0)
        FailWithExitCode(exit, exit == 3 ? "Deploy refused (see above)" : $"Deploy failed (surveyschema exited {exit})");
});

// The newest folder under artifacts/approved (their names start with the UTC time). The tool checks it: the
// plan's digest, every file's sha256 against approval.json, the database it was approved for.
FilePath LatestApprovedPlan()
{
    var folders = GetDirectories(approvedDirectory.FullPath + "/*").OrderBy(d => d.GetDirectoryName(), StringComparer.Ordinal).ToList();
    if (folders.Count == 0)
        throw new CakeException(1, $"Deploy --approved: nothing approved under {approvedDirectory.FullPath}; run `dotnet cake --target=Approve` first");
    return folders[folders.Count - 1].CombineWithFilePath("migration.json");
}

// Ends the run with the CLI's exit code (2 drift, 3 refused), which CI tells apart from a failure (1). The task
// fails like any other, so Cake still prints its task summary; RunTargetKeepingExitCode then ends the process
// with this code instead of the 1 Cake would make of it.
void FailWithExitCode(int exit, string message)
{
    throw new CakeException(exit, message);
}

// RunTarget, except that a task failing with a CakeException of exit code 2 or 3 ends the run with that code. Cake
// wraps a task's exception in a CakeReportException after printing the task summary, and ends with 1 whatever the
// code; ending the process here, after the summary, keeps both. (Exiting inside the task skipped the summary.)
void RunTargetKeepingExitCode(string target)
{
    try
    {
        RunTarget(target);
    }
    catch (CakeReportException failed) when (failed.InnerException is CakeException { ExitCode: > 1 } reason)
    {
        Error(reason.Message);
        System.Environment.Exit(reason.ExitCode);
    }
}
