// Targets that run the surveyschema CLI against schema/ and a database.

Task("Build")
    .Description("Compiles the solution and builds schema/ into the canonical model (artifacts/SurveySchema.model.json)")
    .IsDependentOn("Setup")
    .IsDependentOn("Compile")
    .Does(() =>
{
    RunCliOrFail("Build", new[] { 0 }, new[] { "build" }.Concat(CommonCliArguments()).ToArray());
});
