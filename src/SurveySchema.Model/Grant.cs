namespace SurveySchema.Model;

/// <summary>One privilege held by one role on the object that lists it (one ACL entry, one privilege).</summary>
/// <remarks>
/// The reader expands a missing ACL to PostgreSQL's built-in default (<c>acldefault</c>) and then drops
/// every entry whose grantee is the object's owner: owners differ between environments and are left out
/// of the model, and the owner's implicit self-grant would otherwise appear as noise on every object.
/// So a function carries <c>PUBLIC EXECUTE</c> until someone revokes it, and a plain table carries nothing.
/// The grantor is not part of the model either; a privilege granted by several grantors appears once,
/// grantable when any of them made it so.
/// </remarks>
/// <param name="Grantee">Role name, or <c>PUBLIC</c>.</param>
/// <param name="Privilege">Upper-case privilege keyword: <c>SELECT</c>, <c>USAGE</c>, <c>EXECUTE</c>, …</param>
/// <param name="Grantable">Held WITH GRANT OPTION.</param>
public sealed record Grant(string Grantee, string Privilege, bool Grantable = false)
{
    /// <summary>The grantee used for the pseudo-role that means everyone.</summary>
    public const string Public = "PUBLIC";
}
