namespace SurveySchema.Diff;

/// <summary>What the differ is told beyond the two models.</summary>
public sealed record DiffOptions
{
    public static DiffOptions Default { get; } = new();

    /// <summary>Declared renames (the refactor log). Without one, a renamed table or column is a drop and an add.</summary>
    public EquatableArray<DeclaredRename> Renames { get; init; }
}

/// <summary>What a refactor log entry renames.</summary>
public enum RenameKind
{
    Table,
    Column,
}

/// <summary>One refactor log entry: a table renamed <c>From</c> → <c>To</c> within <see cref="Table"/>'s schema,
/// or a column of <see cref="Table"/> renamed <c>From</c> → <c>To</c>.</summary>
/// <param name="Table">For a table rename, the old qualified name (its schema is kept); for a column rename,
/// the table under its old or new name.</param>
public sealed record DeclaredRename(RenameKind Kind, QualifiedName Table, string From, string To)
{
    /// <summary>The same rename the other way round, for the reverse plan.</summary>
    public DeclaredRename Inverse() => Kind == RenameKind.Table
        ? new DeclaredRename(Kind, new QualifiedName(Table.Schema, To), To, From)
        : this with { From = To, To = From };
}
