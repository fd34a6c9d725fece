using System.Collections.Immutable;
using SurveySchema.Parsing.Dependencies;
using SurveySchema.Parsing.Diagnostics;
using SurveySchema.Parsing.Ordering;
using SurveySchema.Parsing.Roles;
using SurveySchema.Parsing.Statements;
using SurveySchema.Parsing.Text;

namespace SurveySchema.Parsing;

/// <summary>A schema project read, checked and ordered offline: the entry point of the parsing stage.</summary>
/// <param name="Directory">The project folder as given.</param>
/// <param name="Files">The files read, relative to <paramref name="Directory"/> ('/' separators, sorted).</param>
/// <param name="Statements">Every accepted statement in the order to apply them (dependencies first).
/// When <see cref="HasErrors"/>, the order is best effort.</param>
/// <param name="Diagnostics">Errors and warnings, in file and position order.</param>
/// <param name="ContentHash">sha256 hex of the files' relative paths and bytes (<see cref="ProjectFiles.ContentHash(string)"/>),
/// a cache key for whatever is built from this project.</param>
public sealed record SchemaProject(
    string Directory,
    ImmutableArray<string> Files,
    ImmutableArray<SchemaStatement> Statements,
    ImmutableArray<Diagnostic> Diagnostics,
    string ContentHash)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>The roles the project creates (CREATE ROLE / USER / GROUP), with their attributes and
    /// memberships, sorted by name.</summary>
    public ImmutableArray<RoleDeclaration> DeclaredRoles { get; init; } = [];

    /// <summary>Every role the project's statements name (grantees, grantors, owners, policy roles, FOR ROLE,
    /// AUTHORIZATION, memberships), declared or not, with the first place naming it; sorted by name.</summary>
    public ImmutableArray<RoleReference> ReferencedRoles { get; init; } = [];

    /// <summary>Raised with the folder at the start of every <see cref="Load"/>: lets tests prove that a path
    /// which must not parse (a cache hit) does not, without timing. Nothing subscribes outside tests.</summary>
    internal static event Action<string>? Loading;

    /// <summary>Reads every <c>*.sql</c> below <paramref name="projectDirectory"/> except <c>revisions/</c>,
    /// parses it with PostgreSQL's parser, keeps the declarations, checks what they create and reference
    /// and orders them. Problems in the SQL are returned as diagnostics, never thrown.</summary>
    /// <exception cref="PgQueryUnavailableException">libpg_query is not installed.</exception>
    public static SchemaProject Load(string projectDirectory, CancellationToken cancellationToken = default)
    {
        Loading?.Invoke(projectDirectory);
        if (!System.IO.Directory.Exists(projectDirectory))
        {
            return Failed(projectDirectory, Diagnostic.ErrorAt(DiagnosticCodes.ProjectNotFound, projectDirectory,
                $"the project folder '{projectDirectory}' does not exist"));
        }

        var files = ProjectFiles.Enumerate(projectDirectory);
        if (files.Count == 0)
        {
            return Failed(projectDirectory, Diagnostic.ErrorAt(DiagnosticCodes.NoFiles, projectDirectory,
                $"the project folder '{projectDirectory}' holds no .sql files (outside {ProjectFiles.RevisionsFolder}/)"));
        }

        var parsed = new List<ParsedStatement>();
        var diagnostics = new List<Diagnostic>();
        var contents = new List<(string, byte[])>();
        var parseStage = SurveySchema.Model.StageTrace.Start("project.parse");
        foreach (var relative in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = Path.Combine(projectDirectory, relative.Replace('/', Path.DirectorySeparatorChar));
            var bytes = File.ReadAllBytes(path);
            contents.Add((relative, bytes));
            if (Utf8Check.FirstInvalid(bytes) is { } invalid)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.InvalidUtf8, path, invalid.Line, invalid.Column, Utf8Check.Message(invalid.Byte)));
                continue;
            }

            var source = SourceText.FromBytes(path, relative, bytes);
            var (statements, fileDiagnostics) = StatementReader.Read(source);
            parsed.AddRange(statements);
            diagnostics.AddRange(fileDiagnostics);
        }

        parseStage?.Dispose();
        cancellationToken.ThrowIfCancellationRequested();
        using var orderStage = SurveySchema.Model.StageTrace.Start("project.order");
        var ordering = new ProjectOrdering(BuiltInCatalog.Current, (name, version, schema) => ExtensionCatalog.Find(name, version, schema));
        var (ordered, orderingDiagnostics) = ordering.Order(parsed, checkReferences: !diagnostics.Any(d => d.Code == DiagnosticCodes.SyntaxError));
        diagnostics.AddRange(orderingDiagnostics);

        var schemaStatements = ordered.Select(ToSchemaStatement).ToImmutableArray();
        return new SchemaProject(
            projectDirectory,
            [.. files],
            schemaStatements,
            [.. diagnostics.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column)],
            ProjectFiles.ContentHash(contents))
        {
            DeclaredRoles = RoleFacts.Declarations(ordered.Select(o => o.Statement)),
            ReferencedRoles = ReferencedRolesOf(parsed),
        };
    }

    /// <summary>Each role named, at its first place in file order.</summary>
    private static ImmutableArray<RoleReference> ReferencedRolesOf(IEnumerable<ParsedStatement> statements)
    {
        var first = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var statement in statements)
        {
            foreach (var (name, offset) in RoleFacts.Referenced(statement.NodeType, statement.Body))
            {
                first.TryAdd(name, statement.LocationOf(offset));
            }
        }

        return [.. first.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => new RoleReference(r.Key, r.Value))];
    }

    private static SchemaProject Failed(string projectDirectory, Diagnostic diagnostic)
        => new(projectDirectory, [], [], [diagnostic], ProjectFiles.ContentHash(projectDirectory));

    private static SchemaStatement ToSchemaStatement(OrderedStatement ordered)
    {
        var statement = ordered.Statement;
        return new SchemaStatement(
            statement.Location,
            statement.Source.RelativePath,
            statement.Sql,
            statement.Kind,
            statement.NodeType,
            statement.Tree,
            [.. ordered.Facts.Creates.Select(c => c.Name)],
            [.. ordered.Facts.References.Select(r => r.IsUnqualified ? r.Target with { Schema = null } : r.Target)])
        {
            IsSplitForeignKey = statement.IsSplitForeignKey,
            IsRewritten = statement.IsRewritten,
            Session = statement.Session,
            CreatedAt = [.. ordered.Facts.Creates.Select(c => statement.LocationOf(c.Offset))],
            RefusesTransactionBlock = TransactionRules.Classify(statement.NodeType, statement.Body).Role == TransactionRole.RefusesTransactionBlock,
            RoleReferences = [.. RoleFacts.Referenced(statement.NodeType, statement.Body).Select(r => r.Name).Distinct(StringComparer.Ordinal)],
        };
    }
}
