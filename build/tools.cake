// Shared helpers of the Cake tasks: where the CLI is and how to run it.

var configuration = Argument("configuration", "Debug");
var repoRoot = MakeAbsolute(Directory("."));
var artifacts = repoRoot.Combine("artifacts");
var cliDll = repoRoot.CombineWithFilePath($"src/SurveySchema.Cli/bin/{configuration}/net10.0/surveyschema.dll");

// Arguments every CLI-backed target passes through when given (--connection=…, --project=…).
string[] CommonCliArguments()
{
    var list = new List<string>();
    if (HasArgument("project")) { list.Add("--project"); list.Add(Argument<string>("project")); }
    if (HasArgument("connection")) { list.Add("--connection"); list.Add(Argument<string>("connection")); }
    return list.ToArray();
}

// Runs `surveyschema <args>` and returns its exit code; the CLI prints for itself.
int RunCli(params string[] arguments)
{
    var builder = new ProcessArgumentBuilder().AppendQuoted(cliDll.FullPath);
    foreach (var argument in arguments)
    {
        // Quote secrets too, but never let Cake echo them: AppendQuotedSecret hides them in logs.
        // Npgsql also reads a password from Pwd= and Psw=.
        if (new[] { "Password=", "Pwd=", "Psw=" }.Any(key => argument.Contains(key, StringComparison.OrdinalIgnoreCase)) || argument.Contains("://"))
            builder.AppendQuotedSecret(argument);
        else
            builder.AppendQuoted(argument);
    }
    return StartProcess("dotnet", new ProcessSettings { Arguments = builder, WorkingDirectory = repoRoot });
}

// Fails the target with the CLI's exit code unless it is one of the accepted ones.
void RunCliOrFail(string what, int[] accepted, params string[] arguments)
{
    var exit = RunCli(arguments);
    if (!accepted.Contains(exit))
        throw new CakeException(exit, $"{what} failed (surveyschema exited {exit})");
}
