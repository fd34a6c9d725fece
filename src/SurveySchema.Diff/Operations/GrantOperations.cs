namespace SurveySchema.Diff;

/// <summary>GRANT privilege ON object TO grantee [WITH GRANT OPTION].</summary>
public sealed record GrantPrivilege(ObjectTarget Target, Grant Grant) : Operation
{
    public override string Subject => Target.Kind is ObjectRefKind.Table or ObjectRefKind.Column ? "table " + Target.Name : Target.ToString();

    public override string Describe() => $"grant {Grant.Privilege} on {Target} to {Grant.Grantee}{(Grant.Grantable ? " with grant option" : "")}";
}

/// <summary>REVOKE privilege ON object FROM grantee.</summary>
public sealed record RevokePrivilege(ObjectTarget Target, Grant Grant) : Operation
{
    public override string Subject => Target.Kind is ObjectRefKind.Table or ObjectRefKind.Column ? "table " + Target.Name : Target.ToString();

    public override string Describe() => $"revoke {Grant.Privilege} on {Target} from {Grant.Grantee}";
}

/// <summary>ALTER … OWNER TO: the object's owner, or (null) the role that runs the script.</summary>
public sealed record AlterOwner(ObjectTarget Target, string? Owner, string? Previous) : Operation
{
    public override string Subject => Target.ToString();

    public override string Describe() => $"owner of {Target} to {Owner ?? "the deploying role"}";
}
