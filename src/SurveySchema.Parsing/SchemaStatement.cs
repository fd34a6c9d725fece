using System.Collections.Immutable;
using System.Text.Json;
using SurveySchema.Parsing.Dependencies;
using SurveySchema.Parsing.Roles;
using SurveySchema.Parsing.Statements;

namespace SurveySchema.Parsing;

/// <summary>One statement of the schema project, in the order it must be applied.</summary>
/// <param name="Location">Where the statement starts in its file (its first token); for a foreign key
/// split out of a CREATE TABLE, where that constraint was written.</param>
/// <param name="RelativePath">The file, relative to the project folder, with '/' separators.</param>
/// <param name="Sql">The statement's text, without the terminating semicolon; run it as it is.</param>
/// <param name="Kind">What it does (only applied kinds appear: Create, Comment, Privilege, Alter, Procedural).</param>
/// <param name="NodeType">libpg_query's node type, e.g. <c>CreateStmt</c>, <c>IndexStmt</c>, <c>CommentStmt</c>.</param>
/// <param name="Tree">The statement node of libpg_query's JSON parse tree (<c>{"CreateStmt": {…}}</c>);
/// its <c>location</c> values are UTF-8 byte offsets in <paramref name="Sql"/>.</param>
/// <param name="Creates">What it declares, named (implicit names such as <c>t_pkey</c> included).</param>
/// <param name="References">What it needs to exist first, as written (built-ins included); a name written
/// without a schema has a null <see cref="SchemaObjectName.Schema"/>: PostgreSQL's search path resolves it
/// (pg_catalog, then public).</param>
public sealed record SchemaStatement(
    SourceLocation Location,
    string RelativePath,
    string Sql,
    StatementKind Kind,
    string NodeType,
    JsonElement Tree,
    ImmutableArray<SchemaObjectName> Creates,
    ImmutableArray<SchemaObjectName> References)
{
    /// <summary>An <c>ALTER TABLE … ADD CONSTRAINT … FOREIGN KEY</c> generated from a CREATE TABLE's
    /// foreign key to break a dependency cycle; it runs after both tables exist.</summary>
    public bool IsSplitForeignKey { get; init; }

    /// <summary>A CREATE TABLE whose text lost a foreign key to such a split: <see cref="Sql"/> is no longer
    /// the file's text, so positions inside it do not map back to the file.</summary>
    public bool IsRewritten { get; init; }

    /// <summary>The session settings its file wrote before it (empty: the server's defaults); the shadow
    /// build applies them before the statement runs.</summary>
    public SessionSettings Session { get; init; } = SessionSettings.Defaults;

    /// <summary>Where each of <see cref="Creates"/> is named in the file (same order); the statement's start
    /// for implicit names and generated text.</summary>
    public ImmutableArray<SourceLocation> CreatedAt { get; init; } = [];

    /// <summary>Where the statement names <paramref name="name"/>, one of <see cref="Creates"/>; else its start.</summary>
    public SourceLocation LocationOf(SchemaObjectName name)
    {
        var index = Creates.IndexOf(name);
        return index >= 0 && index < CreatedAt.Length ? CreatedAt[index] : Location;
    }

    /// <summary>PostgreSQL refuses it inside a transaction block (CREATE INDEX CONCURRENTLY…): it runs alone.</summary>
    public bool RefusesTransactionBlock { get; init; }

    /// <summary>The roles it names (see <see cref="RoleReference"/>), declared or not, without duplicates.</summary>
    public ImmutableArray<string> RoleReferences { get; init; } = [];

    /// <summary>CREATE ROLE, ALTER ROLE: cluster objects, prepared by the shadow build before the project runs
    /// (<see cref="SchemaProject.DeclaredRoles"/>) instead of being replayed.</summary>
    public bool DeclaresRole => RoleFacts.IsRoleStatement(NodeType);
}
