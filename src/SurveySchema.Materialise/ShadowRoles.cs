using System.Collections.Immutable;
using Npgsql;
using SurveySchema.Model;
using SurveySchema.Parsing;
using SurveySchema.Parsing.Diagnostics;
using SurveySchema.Server;

namespace SurveySchema.Materialise;

/// <summary>Makes the roles a project declares or references exist on the shadow database's server before
/// the project runs: roles are cluster-wide, so a GRANT, a policy or an OWNER TO in the project fails unless
/// its role is there (docs/project-contents.md, "Roles").</summary>
/// <remarks>
/// A declared role is created if missing (on any server: the project asks for it) and given the attributes
/// its CREATE ROLE and ALTER ROLE statements write, never a password; its IN ROLE / ROLE / ADMIN options
/// become memberships. A role only referenced is created <c>NOLOGIN</c> with nothing else, and only on a
/// cluster the tools own (<see cref="ShadowBuildOptions.CreateMissingRoles"/>); on a shared dev server it
/// must exist already. Roles are never dropped: other databases of the cluster may use them, and the next
/// build needs them again. The role the build connects as is never altered.
/// </remarks>
internal static class ShadowRoles
{
    /// <summary>Null when every role exists now; else the errors (a referenced role missing on a dev server).</summary>
    public static async Task<ImmutableArray<Diagnostic>> PrepareAsync(
        NpgsqlConnection connection, SchemaProject project, ShadowBuildOptions options, string serverDisplay, CancellationToken cancellationToken)
    {
        if (project.DeclaredRoles.IsEmpty && project.ReferencedRoles.IsEmpty)
        {
            return [];
        }

        var (existing, self) = await ExistingAsync(connection, project, cancellationToken).ConfigureAwait(false);
        var declared = project.DeclaredRoles.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        var errors = ImmutableArray.CreateBuilder<Diagnostic>();
        var sql = new List<string>();
        foreach (var role in project.DeclaredRoles.Where(r => !existing.Contains(r.Name)))
        {
            sql.Add($"CREATE ROLE {SqlIdentifier.Quote(role.Name)} NOLOGIN");
        }

        foreach (var reference in project.ReferencedRoles.Where(r => !existing.Contains(r.Name) && !declared.Contains(r.Name)))
        {
            if (options.CreateMissingRoles)
            {
                sql.Add($"CREATE ROLE {SqlIdentifier.Quote(reference.Name)} NOLOGIN");
            }
            else
            {
                errors.Add(Diagnostic.Error(DiagnosticCodes.RoleMissing, reference.Location,
                    $"role \"{reference.Name}\" does not exist on {serverDisplay} and the project does not declare it: declare it with CREATE ROLE {SqlIdentifier.Quote(reference.Name)} in a schema file, or create it on the server"));
            }
        }

        if (errors.Count > 0)
        {
            return errors.ToImmutable();
        }

        foreach (var statement in sql)
        {
            await CreateAsync(connection, statement, cancellationToken).ConfigureAwait(false);
        }

        var alters = new List<string>();
        foreach (var role in project.DeclaredRoles.Where(r => r.Name != self))
        {
            if (role.Attributes.Length > 0)
            {
                alters.Add($"ALTER ROLE {SqlIdentifier.Quote(role.Name)} WITH {string.Join(' ', role.Attributes)}");
            }

            foreach (var membership in role.Memberships)
            {
                alters.Add($"GRANT {SqlIdentifier.Quote(membership.Role)} TO {SqlIdentifier.Quote(membership.Member)}{(membership.WithAdmin ? " WITH ADMIN OPTION" : string.Empty)}");
            }
        }

        if (alters.Count > 0)
        {
            await using var batch = new NpgsqlBatch(connection);
            foreach (var alter in alters)
            {
                batch.BatchCommands.Add(new NpgsqlBatchCommand(alter));
            }

            try
            {
                await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (PostgresException exception)
            {
                var role = project.DeclaredRoles.FirstOrDefault(r => exception.BatchCommand?.CommandText.Contains(SqlIdentifier.Quote(r.Name), StringComparison.Ordinal) == true)
                    ?? project.DeclaredRoles[0];
                return [Diagnostic.Error(DiagnosticCodes.ShadowApplyFailed, role.Location,
                    $"PostgreSQL: {exception.MessageText} ({exception.SqlState}) while giving role \"{role.Name}\" its declared attributes and memberships")];
            }
        }

        return [];
    }

    /// <summary>Which of the project's roles exist already, and the role this connection runs as.</summary>
    private static async Task<(HashSet<string> Existing, string Self)> ExistingAsync(NpgsqlConnection connection, SchemaProject project, CancellationToken cancellationToken)
    {
        var names = project.DeclaredRoles.Select(r => r.Name).Concat(project.ReferencedRoles.Select(r => r.Name)).Distinct(StringComparer.Ordinal).ToArray();
        await using var command = new NpgsqlCommand("SELECT rolname, current_user FROM pg_roles WHERE rolname = ANY($1) UNION ALL SELECT NULL, current_user", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = names });
        var existing = new HashSet<string>(StringComparer.Ordinal);
        var self = string.Empty;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!reader.IsDBNull(0))
            {
                existing.Add(reader.GetString(0));
            }

            self = reader.GetString(1);
        }

        return (existing, self);
    }

    /// <summary>Another build on the same cluster may create the role at the same moment: then it exists,
    /// which is all that was wanted.</summary>
    private static async Task CreateAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException exception) when (exception.SqlState is PostgresErrorCodes.DuplicateObject or PostgresErrorCodes.UniqueViolation)
        {
        }
    }
}
