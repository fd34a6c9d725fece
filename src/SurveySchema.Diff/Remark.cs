namespace SurveySchema.Diff;

/// <summary>A difference no operation can or should fix, or a note about how one is fixed: a stable code
/// (<see cref="RemarkCodes"/>, documented in docs/hazards.md) for tests and tools to match, and the text for people.</summary>
public sealed record Remark(string Code, string Text)
{
    /// <summary>The code before the text, the form every report prints.</summary>
    public override string ToString() => $"{Code}: {Text}";
}
