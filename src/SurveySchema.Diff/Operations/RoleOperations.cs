namespace SurveySchema.Diff;

/// <summary>CREATE ROLE with the declared attributes (NOLOGIN unless declared LOGIN), never a password.</summary>
/// <remarks>Roles belong to the cluster: the role appears in every database of the server. Plans never drop a
/// role, so the reverse of this operation leaves it in place.</remarks>
public sealed record CreateRole(Role Role) : Operation
{
    public override string Subject => "role " + Role.Name;

    public override string Describe() => $"create role {Role.Name} (cluster-wide: every database of the server sees it)";
}

/// <summary>ALTER ROLE … with the attributes that differ.</summary>
public sealed record AlterRole(Role Role, Role Previous) : Operation
{
    public override string Subject => "role " + Role.Name;

    public override string Describe() => $"alter role {Role.Name} (cluster-wide)";
}

/// <summary>GRANT role TO member [WITH ADMIN OPTION].</summary>
public sealed record GrantRoleMembership(string Member, RoleMembership Membership) : Operation
{
    public override string Subject => "role " + Member;

    public override string Describe() => $"grant role {Membership.Role} to {Member}{(Membership.AdminOption ? " with admin option" : "")}";
}

/// <summary>REVOKE role FROM member.</summary>
public sealed record RevokeRoleMembership(string Member, RoleMembership Membership) : Operation
{
    public override string Subject => "role " + Member;

    public override string Describe() => $"revoke role {Membership.Role} from {Member}";
}
