namespace SurveySchema.Diff;

/// <summary>GRANT privilege ON object TO grantee [WITH GRANT OPTION].</summary>
public sealed record GrantPrivilege(ObjectTarget Target, Grant Grant) : Operation
{
    public override string Subject => Target.Kind is ObjectKind.Table or ObjectKind.Column ? "table " + Target.Name : Target.ToString();

    public override string Describe() => $"grant {Grant.Privilege} on {Target} to {Grant.Grantee}{(Grant.Grantable ? " with grant option" : "")}";
}

/// <summary>REVOKE privilege ON object FROM grantee.</summary>
public sealed record RevokePrivilege(ObjectTarget Target, Grant Grant) : Operation
{
    public override string Subject => Target.Kind is ObjectKind.Table or ObjectKind.Column ? "table " + Target.Name : Target.ToString();

    public override string Describe() => $"revoke {Grant.Privilege} on {Target} from {Grant.Grantee}";
}
