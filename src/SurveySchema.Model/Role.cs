namespace SurveySchema.Model;

/// <summary>A role the project declares (CREATE ROLE in its files). Identity: <see cref="Name"/>.</summary>
/// <remarks>
/// Roles are cluster-wide, so the model holds only the roles it is asked for (the catalog reader's
/// <c>CatalogOptions.Roles</c>): a project's declared roles on the desired side, the same names on the live
/// side. Roles that grants, policies or default privileges merely name are not listed. The password is never
/// read, compared or written.
/// </remarks>
public sealed record Role(string Name)
{
    /// <summary>LOGIN; CREATE ROLE's default is NOLOGIN.</summary>
    public bool Login { get; init; }

    public bool Superuser { get; init; }

    public bool CreateDatabase { get; init; }

    public bool CreateRole { get; init; }

    /// <summary>INHERIT, PostgreSQL's default.</summary>
    public bool Inherit { get; init; } = true;

    public bool Replication { get; init; }

    public bool BypassRowLevelSecurity { get; init; }

    /// <summary>CONNECTION LIMIT; -1 means none.</summary>
    public int ConnectionLimit { get; init; } = -1;

    /// <summary>VALID UNTIL as PostgreSQL prints it in UTC (<c>2030-01-01 00:00:00+00</c>); null when unset or
    /// <c>infinity</c>.</summary>
    public string? ValidUntil { get; init; }

    /// <summary>The roles this role is a member of, by name.</summary>
    public EquatableArray<RoleMembership> MemberOf { get; init; }
}

/// <summary>Membership in <paramref name="Role"/> (GRANT role TO member), held WITH ADMIN OPTION or not.</summary>
public sealed record RoleMembership(string Role, bool AdminOption = false);
