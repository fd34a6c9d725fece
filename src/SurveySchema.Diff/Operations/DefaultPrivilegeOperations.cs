namespace SurveySchema.Diff;

/// <summary>The default privileges one ALTER DEFAULT PRIVILEGES statement changes: objects of one kind
/// created by <see cref="Role"/>, in <see cref="Schema"/> or (null) in every schema.</summary>
public sealed record DefaultPrivilegeTarget(string Role, string? Schema, DefaultPrivilegeObjects Objects)
{
    public override string ToString() =>
        $"default privileges on {Objects.ToString().ToLowerInvariant()} created by {Role}{(Schema is null ? "" : " in schema " + Schema)}";
}

/// <summary>ALTER DEFAULT PRIVILEGES FOR ROLE … [IN SCHEMA …] GRANT … ON … TO ….</summary>
public sealed record GrantDefaultPrivilege(DefaultPrivilegeTarget Target, Grant Grant) : Operation
{
    public override string Subject => Target.ToString();

    public override string Describe() => $"grant {Grant.Privilege} to {Grant.Grantee}{(Grant.Grantable ? " with grant option" : "")} by default on {Target.Objects.ToString().ToLowerInvariant()} created by {Target.Role}";
}

/// <summary>ALTER DEFAULT PRIVILEGES FOR ROLE … [IN SCHEMA …] REVOKE … ON … FROM ….</summary>
public sealed record RevokeDefaultPrivilege(DefaultPrivilegeTarget Target, Grant Grant) : Operation
{
    public override string Subject => Target.ToString();

    public override string Describe() => $"revoke {Grant.Privilege} from {Grant.Grantee} by default on {Target.Objects.ToString().ToLowerInvariant()} created by {Target.Role}";
}
