// SurveySchema's Cake entry point: `dotnet tool restore && dotnet cake --target=<Target>`.
// The tasks live in build/; each target that needs a database calls the surveyschema CLI.
#load "build/tools.cake"
#load "build/arguments.cake"
#load "build/setup.cake"
#load "build/test.cake"
#load "build/schema.cake"
#load "build/diff.cake"
#load "build/revisions.cake"

var target = Argument("target", "Diff");
RefuseUnknownArguments(target);

RunTargetKeepingExitCode(target);
