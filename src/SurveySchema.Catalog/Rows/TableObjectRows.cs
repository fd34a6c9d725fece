namespace SurveySchema.Catalog.Rows;

// Rows of the queries that read what lives on a relation; RelationOid ties each to a RelationRow.

internal sealed class ColumnRow
{
    public uint RelationOid { get; set; }

    public string Name { get; set => field = RowStrings.Pooled(value); } = "";

    /// <summary><c>attnum</c>: how pg_depend names the column (<see cref="Ordinal"/> is its rank among live columns).</summary>
    public short AttNum { get; set; }

    public int Ordinal { get; set; }

    public string Type { get; set => field = RowStrings.Pooled(value); } = "";

    public string TypeSchema { get; set => field = RowStrings.Pooled(value); } = "";

    public string TypeName { get; set => field = RowStrings.Pooled(value); } = "";

    public int TypeModifier { get; set; }

    public bool TypeIsArray { get; set; }

    public string? TypeExtension { get; set => field = RowStrings.PooledOrNull(value); }

    public bool NotNull { get; set; }

    public string? Default { get; set => field = RowStrings.PooledOrNull(value); }

    public bool DefaultIsVolatile { get; set; }

    public string? Generated { get; set => field = RowStrings.PooledOrNull(value); }

    /// <summary><c>attidentity</c>: empty, 'a' (always) or 'd' (by default).</summary>
    public string Identity { get; set => field = RowStrings.Pooled(value); } = "";

    public string? IdentityDataType { get; set => field = RowStrings.PooledOrNull(value); }

    public long? IdentityStart { get; set; }

    public long? IdentityIncrement { get; set; }

    public long? IdentityMinValue { get; set; }

    public long? IdentityMaxValue { get; set; }

    public long? IdentityCache { get; set; }

    public bool? IdentityCycle { get; set; }

    public string? Collation { get; set => field = RowStrings.PooledOrNull(value); }

    public bool IsInherited { get; set; }

    public string? Comment { get; set; }
}

internal sealed class ConstraintRow
{
    public uint Oid { get; set; }

    public uint RelationOid { get; set; }

    public string Name { get; set; } = "";

    public string Kind { get; set => field = RowStrings.Pooled(value); } = "";

    public string[] Columns { get; set => field = RowStrings.Pooled(value); } = [];

    public string Definition { get; set => field = RowStrings.Pooled(value); } = "";

    public string? ReferencedSchema { get; set => field = RowStrings.PooledOrNull(value); }

    public string? ReferencedTable { get; set => field = RowStrings.PooledOrNull(value); }

    public string[] ReferencedColumns { get; set => field = RowStrings.Pooled(value); } = [];

    public string OnUpdate { get; set => field = RowStrings.Pooled(value); } = "";

    public string OnDelete { get; set => field = RowStrings.Pooled(value); } = "";

    public string Match { get; set => field = RowStrings.Pooled(value); } = "";

    public bool Deferrable { get; set; }

    public bool InitiallyDeferred { get; set; }

    public bool Validated { get; set; }

    public bool IsInherited { get; set; }

    public string? Comment { get; set; }
}

internal sealed class IndexRow
{
    public uint Oid { get; set; }

    public uint RelationOid { get; set; }

    public string Name { get; set; } = "";

    public string Method { get; set => field = RowStrings.Pooled(value); } = "";

    public string[] Keys { get; set => field = RowStrings.Pooled(value); } = [];

    public string[] Include { get; set => field = RowStrings.Pooled(value); } = [];

    public string? Predicate { get; set; }

    public bool Unique { get; set; }

    public string Definition { get; set; } = "";

    public string? Constraint { get; set; }

    public bool IsValid { get; set; }

    public string? ParentSchema { get; set => field = RowStrings.PooledOrNull(value); }

    public string? ParentName { get; set; }

    public string? Comment { get; set; }
}

internal sealed class TriggerRow
{
    public uint Oid { get; set; }

    public uint RelationOid { get; set; }

    public string Name { get; set; } = "";

    public string Definition { get; set; } = "";

    public string Enabled { get; set => field = RowStrings.Pooled(value); } = "";

    public bool IsInherited { get; set; }

    public string? Comment { get; set; }
}

internal sealed class PolicyRow
{
    public uint Oid { get; set; }

    public uint RelationOid { get; set; }

    public string Name { get; set; } = "";

    public string Command { get; set => field = RowStrings.Pooled(value); } = "";

    public bool Permissive { get; set; }

    public string[] Roles { get; set => field = RowStrings.Pooled(value); } = [];

    public string? Using { get; set; }

    public string? WithCheck { get; set; }

    public string? Comment { get; set; }
}

internal sealed class PrivilegeRow
{
    /// <summary>Which OID space <see cref="ObjectOid"/> is in: schema, relation or function.</summary>
    public string Catalog { get; set => field = RowStrings.Pooled(value); } = "";

    public uint ObjectOid { get; set; }

    /// <summary>Set for column privileges.</summary>
    public string? ColumnName { get; set => field = RowStrings.PooledOrNull(value); }

    public string Grantee { get; set => field = RowStrings.Pooled(value); } = "";

    public string Privilege { get; set => field = RowStrings.Pooled(value); } = "";

    public bool Grantable { get; set; }
}

internal sealed class DefaultPrivilegeRow
{
    public string Role { get; set; } = "";

    /// <summary>Null for an entry that covers every schema.</summary>
    public string? Schema { get; set; }

    /// <summary><c>defaclobjtype</c>: r, S, f, T or n.</summary>
    public string Objects { get; set; } = "";

    /// <summary>Null for an entry that grants nothing to anyone but its role.</summary>
    public string? Grantee { get; set; }

    public string? Privilege { get; set; }

    public bool Grantable { get; set; }
}

internal sealed class RoleRow
{
    public string Name { get; set; } = "";

    public bool Login { get; set; }

    public bool Superuser { get; set; }

    public bool CreateDatabase { get; set; }

    public bool CreateRole { get; set; }

    public bool Inherit { get; set; }

    public bool Replication { get; set; }

    public bool BypassRowLevelSecurity { get; set; }

    public int ConnectionLimit { get; set; }

    public string? ValidUntil { get; set; }

    public string[] MemberOf { get; set; } = [];

    public bool[] MemberOfAdmin { get; set; } = [];
}
