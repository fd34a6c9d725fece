using System.Collections.Immutable;

namespace SurveySchema.Parsing.Roles;

/// <summary>A role the project declares (<c>CREATE ROLE</c>, <c>CREATE USER</c>, <c>CREATE GROUP</c>), with
/// what its CREATE and any later <c>ALTER ROLE</c> of the project say about it.</summary>
/// <param name="Name">The role's name as PostgreSQL stores it.</param>
/// <param name="Location">Where its CREATE statement is.</param>
/// <param name="Attributes">The attributes written, as ALTER ROLE clauses in a stable order (<c>LOGIN</c>,
/// <c>NOSUPERUSER</c>, <c>CONNECTION LIMIT 5</c>, <c>VALID UNTIL '2030-01-01'</c>…). A password is never
/// among them: it is not read from the file at all.</param>
/// <param name="Memberships">The memberships its options declare (<c>IN ROLE</c>, <c>ROLE</c>, <c>ADMIN</c>).</param>
public sealed record RoleDeclaration(
    string Name,
    SourceLocation Location,
    ImmutableArray<string> Attributes,
    ImmutableArray<RoleMembership> Memberships);

/// <summary><paramref name="Member"/> is a member of <paramref name="Role"/>, with the right to grant it on
/// when <paramref name="WithAdmin"/> (<c>GRANT role TO member [WITH ADMIN OPTION]</c>).</summary>
public sealed record RoleMembership(string Role, string Member, bool WithAdmin);

/// <summary>A role the project names (a grantee, grantor, owner, policy role, membership…), with the first
/// place that names it. PUBLIC, CURRENT_USER, CURRENT_ROLE, SESSION_USER and the predefined <c>pg_*</c>
/// roles are never listed: they exist on every server.</summary>
public sealed record RoleReference(string Name, SourceLocation Location);
