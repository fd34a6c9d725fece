namespace SurveySchema.Parsing;

/// <summary>A place in a schema file: <see cref="File"/> is the path as the user gave the project folder
/// (project directory joined with the file's relative path); line and column are 1-based, the column
/// counted in characters (UTF-16 code units, as editors and MSBuild count them), not bytes.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    public override string ToString() => $"{File}({Line},{Column})";
}
