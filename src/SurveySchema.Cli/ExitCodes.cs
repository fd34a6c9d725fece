namespace SurveySchema.Cli;

/// <summary>The exit codes DESIGN.md fixes for every command.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Error = 1;
    public const int DifferencesFound = 2;
    public const int Refused = 3;
}
