namespace SurveySchema.Model;

/// <summary>A sequence created by CREATE SEQUENCE or by a serial column. Identity: <see cref="Name"/>.
/// Identity columns' sequences are not listed: they belong to <see cref="Column.Identity"/>.</summary>
public sealed record Sequence(QualifiedName Name, SequenceOptions Options)
{
    public Persistence Persistence { get; init; } = Persistence.Permanent;

    /// <summary>OWNED BY table.column (serial columns, or ALTER SEQUENCE … OWNED BY).</summary>
    public ColumnReference? OwnedBy { get; init; }

    public EquatableArray<Grant> Grants { get; init; }

    /// <summary>The owning role when it is not the role that reads the catalog (the one that deploys): objects a
    /// project leaves without OWNER TO belong to whoever runs it, on the live side as in the shadow.</summary>
    public string? Owner { get; init; }

    public string? Comment { get; init; }
}

/// <summary>What CREATE SEQUENCE declares; the current value is data and not part of the model.</summary>
/// <param name="DataType"><c>smallint</c>, <c>integer</c> or <c>bigint</c>.</param>
public sealed record SequenceOptions(
    string DataType,
    long Start,
    long Increment,
    long MinValue,
    long MaxValue,
    long Cache,
    bool Cycle);

/// <summary>A column of a table, named by table and column.</summary>
public sealed record ColumnReference(QualifiedName Table, string Column);
