namespace SurveySchema.Planning;

/// <summary>What a <see cref="FootprintKey"/> stands for.</summary>
internal enum FootprintKind
{
    Schema,

    /// <summary>A table, view, materialized view or sequence: one name space in PostgreSQL.</summary>
    Relation,
    Column,
    Constraint,

    /// <summary>An index, by schema and index name (indexes are relations of their schema).</summary>
    Index,

    /// <summary>A primary key, unique constraint or unique index over given columns: what a foreign key relies on.</summary>
    UniqueKey,
    Type,

    /// <summary>A function, procedure or aggregate, by name and identity arguments.</summary>
    Function,
    Collation,
    Trigger,
    Policy,
    Role,

    /// <summary>The labels the plan adds to an enum, once committed.</summary>
    Labels,

    /// <summary>A constraint once validated.</summary>
    Validated,
    NotNull,

    /// <summary>A table's place as a partition.</summary>
    Partition,

    /// <summary>All extensions, as one thing.</summary>
    Extensions,
}

/// <summary>One thing steps are ordered around: a step creates, needs, removes, releases or replaces it (see
/// <see cref="Footprint"/>). A value: two keys for the same thing are equal, whatever built them.</summary>
/// <param name="Name">The object's qualified name; for a column, constraint, trigger, policy, NOT NULL, validated
/// constraint or unique key its table's (a domain check: its domain's); an index's is (schema, index name); a
/// schema's is (schema, ""); a role's ("", role); empty for <see cref="FootprintKind.Extensions"/>.</param>
/// <param name="Member">The column, constraint, trigger or policy name; a routine's identity arguments.</param>
/// <param name="Columns">A unique key's columns, in key order.</param>
internal readonly record struct FootprintKey(FootprintKind Kind, QualifiedName Name, string? Member = null, EquatableArray<string> Columns = default)
{
    /// <summary>For test messages and debugging: <c>Relation public.t</c>, <c>Column public.t.c</c>,
    /// <c>UniqueKey public.t(a, b)</c>.</summary>
    public override string ToString() => Kind switch
    {
        FootprintKind.Extensions => "Extensions",
        FootprintKind.Schema => $"Schema {Name.Schema}",
        FootprintKind.Role => $"Role {Name.Name}",
        FootprintKind.Function => $"Function {Name}({Member})",
        FootprintKind.UniqueKey => $"UniqueKey {Name}({string.Join(", ", Columns)})",
        _ when Member is not null => $"{Kind} {Name}.{Member}",
        _ => $"{Kind} {Name}",
    };
}
