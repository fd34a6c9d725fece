using SurveySchema.Cli;

return await CommandLine.RunAsync(args);
