namespace SurveySchema.Catalog.Rows;

// Row shapes of the catalog queries, one property per output column (Dapper matches them by name).
// Mutable and nullable because Dapper fills them; the model builders turn them into immutable records.
// Texts that repeat from row to row are set through RowStrings, which keeps one instance of each.

internal sealed class SchemaRow
{
    public uint Oid { get; set; }

    public string Name { get; set; } = "";

    public string? Owner { get; set; }

    public string? Comment { get; set; }
}

internal sealed class ExtensionRow
{
    public string Name { get; set; } = "";

    public string Version { get; set; } = "";

    public string Schema { get; set; } = "";
}

internal sealed class RelationRow
{
    public uint Oid { get; set; }

    public string Schema { get; set => field = RowStrings.Pooled(value); } = "";

    public string Name { get; set; } = "";

    /// <summary><c>relkind</c>: r, p, v, m or c.</summary>
    public string Kind { get; set => field = RowStrings.Pooled(value); } = "";

    public string Persistence { get; set => field = RowStrings.Pooled(value); } = "";

    public string? PartitionKey { get; set; }

    public string? PartitionBound { get; set; }

    public string? PartitionParentSchema { get; set => field = RowStrings.PooledOrNull(value); }

    public string? PartitionParentName { get; set; }

    public string[] InheritsSchemas { get; set => field = RowStrings.Pooled(value); } = [];

    public string[] InheritsNames { get; set; } = [];

    public string[] Options { get; set; } = [];

    public bool RowSecurity { get; set; }

    public bool ForceRowSecurity { get; set; }

    public string? ViewDefinition { get; set; }

    public string? Owner { get; set => field = RowStrings.PooledOrNull(value); }

    public string? Comment { get; set; }
}

internal sealed class SequenceRow
{
    public uint Oid { get; set; }

    public string Schema { get; set; } = "";

    public string Name { get; set; } = "";

    public string DataType { get; set; } = "";

    public long Start { get; set; }

    public long Increment { get; set; }

    public long MinValue { get; set; }

    public long MaxValue { get; set; }

    public long Cache { get; set; }

    public bool Cycle { get; set; }

    public string Persistence { get; set; } = "";

    public string? OwnedBySchema { get; set; }

    public string? OwnedByTable { get; set; }

    public string? OwnedByColumn { get; set; }

    public string? Owner { get; set; }

    public string? Comment { get; set; }
}

internal sealed class FunctionRow
{
    public uint Oid { get; set; }

    public string Schema { get; set; } = "";

    public string Name { get; set; } = "";

    public string IdentityArguments { get; set; } = "";

    public string Kind { get; set; } = "";

    public string Arguments { get; set; } = "";

    public string? Result { get; set; }

    public string Language { get; set; } = "";

    public string Volatility { get; set; } = "";

    public bool Strict { get; set; }

    public bool SecurityDefiner { get; set; }

    public string Definition { get; set; } = "";

    public string? Owner { get; set; }

    public string? Comment { get; set; }
}

internal sealed class TypeRow
{
    public uint Oid { get; set; }

    public string Schema { get; set; } = "";

    public string Name { get; set; } = "";

    public string Kind { get; set; } = "";

    public uint RelationOid { get; set; }

    public string? RangeOptions { get; set; }

    public string[] EnumLabels { get; set; } = [];

    public string? BaseType { get; set; }

    public string? Default { get; set; }

    public bool NotNull { get; set; }

    public string? Collation { get; set; }

    public string[] CheckNames { get; set; } = [];

    public string[] CheckDefinitions { get; set; } = [];

    public bool[] CheckValidated { get; set; } = [];

    public string?[] CheckComments { get; set; } = [];

    public string? Owner { get; set; }

    public string? Comment { get; set; }
}
