using System.Text.Json;
using SurveySchema.Parsing.Text;

namespace SurveySchema.Parsing.Statements;

/// <summary>An accepted statement as read from its file. <see cref="Start"/> is the byte offset of its
/// first token in the file; node locations in <see cref="Tree"/> are byte offsets in <see cref="Sql"/>.</summary>
internal sealed record ParsedStatement(SourceText Source, int Start, string Sql, string NodeType, JsonElement Tree, StatementKind Kind)
{
    /// <summary>An ALTER TABLE … ADD CONSTRAINT split out of a CREATE TABLE to break a foreign key cycle:
    /// its text is generated, so offsets inside it do not map back to the file.</summary>
    public bool IsSplitForeignKey { get; init; }

    /// <summary>A CREATE TABLE whose text lost a foreign key to a split; offsets inside it have shifted.</summary>
    public bool IsRewritten { get; init; }

    /// <summary>The session settings written before it in its file.</summary>
    public SessionSettings Session { get; init; } = SessionSettings.Defaults;

    public JsonElement Body => Tree.GetProperty(NodeType);

    public SourceLocation Location => Source.Locate(Start);

    /// <summary>Where a node of this statement is in the file, for diagnostics; the statement's own start
    /// when the node has no location or the text was generated.</summary>
    public SourceLocation LocationOf(int? offsetInStatement)
        => offsetInStatement is { } offset && !IsSplitForeignKey && !IsRewritten ? Source.Locate(Start + offset) : Location;
}
