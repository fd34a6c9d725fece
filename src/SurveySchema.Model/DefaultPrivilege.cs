namespace SurveySchema.Model;

/// <summary>The privileges objects get when <see cref="Role"/> creates them (ALTER DEFAULT PRIVILEGES,
/// <c>pg_default_acl</c>). Identity: (<see cref="Role"/>, <see cref="Schema"/>, <see cref="Objects"/>).</summary>
/// <remarks>
/// An entry for all schemas (<see cref="Schema"/> null) replaces PostgreSQL's built-in default for that kind
/// of object (EXECUTE and USAGE to PUBLIC on functions and types, nothing on the others); an entry for one
/// schema adds to it and cannot take away. As for object grants, the creating role's own privileges are not
/// listed. An entry whose grants equal the built-in default (or, for one schema, that holds none) is left
/// out, so the model lists exactly the entries a database would keep in <c>pg_default_acl</c>.
/// </remarks>
/// <param name="Role">The role whose new objects get these privileges (FOR ROLE).</param>
/// <param name="Schema">IN SCHEMA; null for every schema.</param>
public sealed record DefaultPrivilege(string Role, string? Schema, DefaultPrivilegeObjects Objects)
{
    public EquatableArray<Grant> Grants { get; init; }

    /// <summary>What PostgreSQL grants, apart from the owner, when no entry for all schemas exists.</summary>
    public static IEnumerable<Grant> BuiltIn(DefaultPrivilegeObjects objects) => objects switch
    {
        DefaultPrivilegeObjects.Functions => [new Grant(Grant.Public, "EXECUTE")],
        DefaultPrivilegeObjects.Types => [new Grant(Grant.Public, "USAGE")],
        _ => [],
    };
}

/// <summary>ON TABLES / SEQUENCES / FUNCTIONS / TYPES / SCHEMAS (<c>defaclobjtype</c> r, S, f, T, n).</summary>
public enum DefaultPrivilegeObjects
{
    Tables,
    Sequences,
    Functions,
    Types,
    Schemas,
}
