// Diff, Drift, Deploy and Approve: the release manager's loop (DESIGN.md, "Who uses it, and how").
//   dotnet cake --target=Diff [--connection=…]          writes artifacts/diff/migration.{sql,down.sql,md,json}
//   dotnet cake --target=Approve [--approver=NAME]      freezes that plan under artifacts/approved/<UTC time>-<fingerprint>/
//   dotnet cake --target=Deploy --connection=… [--approved | --plan=FILE] [--allow-hazards=DataLoss,…]
//   dotnet cake --target=Drift [--connection=…]         fails with exit code 2 when the target differs from schema/
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

var diffDirectory = artifacts.Combine("diff");
var approvedDirectory = artifacts.Combine("approved");

// The files a plan consists of; Approve copies (and Deploy --approved verifies) each one that exists.
var planFiles = new[] { "migration.sql", "migration.json", "migration.md", "migration.down.sql" };

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
    var exit = RunCli(new[] { "drift" }.Concat(CommonCliArguments()).ToArray());
    if (exit != 0)
        FailWithExitCode(exit, exit == 2 ? "Drift: the target differs from schema/ (see above)" : $"Drift failed (surveyschema exited {exit})");
});

Task("Approve")
    .Description("Records the release manager's approval of artifacts/diff/migration.*: copies them to artifacts/approved/<UTC time>-<target fingerprint>/ with approval.json (who, when, sha256 of each file)")
    .Does(() =>
{
    var plan = diffDirectory.CombineWithFilePath("migration.json");
    if (!FileExists(plan))
        throw new CakeException(1, $"Approve: {plan.FullPath} does not exist; run `dotnet cake --target=Diff` first");

    var document = JsonNode.Parse(System.IO.File.ReadAllText(plan.FullPath))!;
    var sourceFingerprint = (string)document["sourceFingerprint"]!;
    var targetFingerprint = (string)document["targetFingerprint"]!;
    var at = DateTime.UtcNow;
    var folder = approvedDirectory.Combine($"{at:yyyyMMdd'T'HHmmss'Z'}-{targetFingerprint.Substring(0, 12)}");
    EnsureDirectoryExists(folder);

    var hashes = new JsonObject();
    foreach (var name in planFiles)
    {
        var file = diffDirectory.CombineWithFilePath(name);
        if (!FileExists(file))
            continue;
        CopyFile(file, folder.CombineWithFilePath(name));
        hashes[name] = Sha256Of(folder.CombineWithFilePath(name));
    }

    var approval = new JsonObject
    {
        ["approvedBy"] = Argument("approver", Environment.UserName),
        ["at"] = at.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"),
        ["sourceFingerprint"] = sourceFingerprint,
        ["targetFingerprint"] = targetFingerprint,
        ["sha256"] = hashes,
    };
    System.IO.File.WriteAllText(folder.CombineWithFilePath("approval.json").FullPath,
        approval.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    Information($"approved by {approval["approvedBy"]}: {folder.FullPath}");
    Information($"  {sourceFingerprint.Substring(0, 12)} → {targetFingerprint.Substring(0, 12)}; deploy it with `dotnet cake --target=Deploy --approved --connection=…`");
});

Task("Deploy")
    .Description("Applies a plan (--plan=FILE, default artifacts/diff/migration.json; --approved: the latest approved plan, checked against its sha256) to --connection; --allow-hazards=DataLoss,TableRewrite,Irreversible")
    .IsDependentOn("Setup")
    .IsDependentOn("Compile")
    .Does(() =>
{
    var plan = HasArgument("approved")
        ? VerifiedApprovedPlan()
        : MakeAbsolute(File(Argument("plan", diffDirectory.CombineWithFilePath("migration.json").FullPath)));
    var arguments = new List<string> { "deploy", "--plan", plan.FullPath };
    if (HasArgument("allow-hazards")) { arguments.Add("--allow-hazards"); arguments.Add(Argument<string>("allow-hazards")); }
    var exit = RunCli(arguments.Concat(CommonCliArguments()).ToArray());
    if (exit != 0)
        FailWithExitCode(exit, exit == 3 ? "Deploy refused (see above)" : $"Deploy failed (surveyschema exited {exit})");
});

// The newest folder under artifacts/approved (their names start with the UTC time), after checking that
// every file still has the sha256 recorded at approval: a plan edited after review must not be deployed.
FilePath VerifiedApprovedPlan()
{
    var folders = GetDirectories(approvedDirectory.FullPath + "/*").OrderBy(d => d.GetDirectoryName(), StringComparer.Ordinal).ToList();
    if (folders.Count == 0)
        throw new CakeException(1, $"Deploy --approved: nothing approved under {approvedDirectory.FullPath}; run `dotnet cake --target=Approve` first");

    var folder = folders[folders.Count - 1];
    var approval = JsonNode.Parse(System.IO.File.ReadAllText(folder.CombineWithFilePath("approval.json").FullPath))!;
    foreach (var entry in approval["sha256"]!.AsObject())
    {
        var file = folder.CombineWithFilePath(entry.Key);
        var actual = FileExists(file) ? Sha256Of(file) : "(missing)";
        if (actual != (string)entry.Value!)
            FailWithExitCode(3, $"Deploy --approved refused: {file.FullPath} changed after approval (sha256 {actual}, approved {(string)entry.Value!})");
    }

    Information($"approved plan {folder.GetDirectoryName()} by {(string)approval["approvedBy"]!} at {(string)approval["at"]!}: sha256 verified");
    return folder.CombineWithFilePath("migration.json");
}

// Ends the run with the CLI's exit code (2 drift, 3 refused), which CI tells apart from a failure (1).
// A CakeException's exit code does not survive RunTarget (it is wrapped in a CakeReportException and the
// run ends with 1), so codes other than 1 end the process here, after saying why.
void FailWithExitCode(int exit, string message)
{
    if (exit == 1)
        throw new CakeException(1, message);
    Error(message);
    System.Environment.Exit(exit);
}

string Sha256Of(FilePath file) =>
    Convert.ToHexString(SHA256.HashData(System.IO.File.ReadAllBytes(file.FullPath))).ToLowerInvariant();
