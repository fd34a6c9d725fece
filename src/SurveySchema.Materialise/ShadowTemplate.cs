using Npgsql;
using SurveySchema.Model;
using SurveySchema.Parsing;
using SurveySchema.Server;

namespace SurveySchema.Materialise;

/// <summary>What a project's shadow database is cloned from, and how the clone is trimmed so that it
/// holds exactly what the project declares (DESIGN.md, "Servers for tools and tests").</summary>
/// <remarks>
/// <c>CREATE EXTENSION postgis</c> costs about a second; cloning <see cref="DatabaseTemplate.PostGis"/> (postgis
/// and uuid-ossp already in public) is nearly free. So a project that declares postgis the way the template
/// installed it starts from that template; the clone's extensions the project does not declare are dropped
/// (they would show up as differences), and the CREATE EXTENSION statements of those it keeps are skipped:
/// they are satisfied already, and without IF NOT EXISTS they would fail. An extension declared with
/// another schema or a version of its own is dropped and created by the project's statement.
/// </remarks>
internal sealed class ShadowTemplate
{
    private const string PostGis = "postgis";

    /// <summary>In template0 itself, so in every database, declared or not; pg_dump writes
    /// <c>CREATE EXTENSION IF NOT EXISTS plpgsql</c>. Never dropped.</summary>
    private const string PlPgSql = "plpgsql";

    /// <summary>Declarations a template's copy satisfies, by extension name.</summary>
    private readonly Dictionary<string, ExtensionDeclaration> reusable;

    private ShadowTemplate(DatabaseTemplate template, Dictionary<string, ExtensionDeclaration> reusable)
    {
        Template = template;
        this.reusable = reusable;
    }

    public DatabaseTemplate Template { get; }

    public static ShadowTemplate For(IEnumerable<SchemaStatement> statements)
    {
        var reusable = new Dictionary<string, ExtensionDeclaration>(StringComparer.Ordinal);
        foreach (var declaration in ExtensionDeclaration.In(statements).Where(d => d.MatchesTemplateInstall))
        {
            reusable.TryAdd(declaration.Name, declaration);
        }

        return new ShadowTemplate(reusable.ContainsKey(PostGis) ? DatabaseTemplate.PostGis : DatabaseTemplate.Empty, reusable);
    }

    /// <summary>Drops the extensions the fresh database holds but the project does not declare as they are;
    /// returns the CREATE EXTENSION statements already satisfied, to be skipped.</summary>
    public async Task<IReadOnlySet<SchemaStatement>> TrimAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var installed = new List<string>();
        await using (var query = new NpgsqlCommand("SELECT extname FROM pg_extension ORDER BY extname", connection))
        await using (var reader = await query.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                installed.Add(reader.GetString(0));
            }
        }

        var satisfied = new HashSet<SchemaStatement>(ReferenceEqualityComparer.Instance);
        var undeclared = new List<string>();
        foreach (var name in installed)
        {
            if (reusable.TryGetValue(name, out var declaration))
            {
                satisfied.Add(declaration.Statement);
            }
            else if (name != PlPgSql)
            {
                undeclared.Add(name);
            }
        }

        if (undeclared.Count > 0)
        {
            // One statement, so that extensions depending on each other go together.
            var names = string.Join(", ", undeclared.Select(SqlIdentifier.Quote));
            await using var drop = new NpgsqlCommand($"DROP EXTENSION {names}", connection);
            await drop.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return satisfied;
    }
}
