namespace SurveySchema.Diff;

/// <summary>Every remark code, with its one-line meaning (docs/hazards.md lists the same for users). SR01xx: tables and
/// columns; SR02xx: types, collations, sequences, extensions; SR03xx: roles; SR04xx: declared renames; SR05xx: the
/// planner; SR06xx: deployment (expression spelling). A code is never reused for another meaning.</summary>
public static class RemarkCodes
{
    public const string ColumnOrder = "SR0101";
    public const string ColumnsAddedAtEnd = "SR0102";
    public const string IdentityRecreated = "SR0103";
    public const string PartitioningRecreated = "SR0104";
    public const string PartitionKeyByHand = "SR0105";
    public const string InheritedColumnsStayLocal = "SR0106";
    public const string TypeRecreated = "SR0201";
    public const string CollationRecreated = "SR0202";
    public const string SequencePersistenceKept = "SR0203";
    public const string ExtensionSchemaKept = "SR0204";
    public const string RoleKept = "SR0301";
    public const string RoleCreatedClusterWide = "SR0302";
    public const string TableRenameIgnored = "SR0401";
    public const string ColumnRenameIgnored = "SR0402";
    public const string DependencyCycle = "SR0501";
    public const string SpellingOnly = "SR0601";
    public const string SpellingNotChecked = "SR0602";

    /// <summary>Code → meaning, in code order.</summary>
    public static IReadOnlyList<(string Code, string Meaning)> All { get; } =
    [
        (ColumnOrder, "the shared columns are in another order: not changed (reordering needs a table rebuild)"),
        (ColumnsAddedAtEnd, "new columns declared between existing ones are added at the end"),
        (IdentityRecreated, "identity options change: the identity is dropped and added again, its sequence restarts"),
        (PartitioningRecreated, "a table's partitioning changes: it is dropped and created again, without its rows"),
        (PartitionKeyByHand, "a partition key PostgreSQL cannot alter in place: the table is to be rebuilt by hand"),
        (InheritedColumnsStayLocal, "after INHERIT, columns the table declared itself stay local"),
        (TypeRecreated, "a type is dropped and created again: fails while columns use it"),
        (CollationRecreated, "a collation is dropped and created again: fails while objects use it"),
        (SequencePersistenceKept, "a sequence's persistence differs: not changed"),
        (ExtensionSchemaKept, "an extension is in another schema: not moved"),
        (RoleKept, "a role is no longer declared: left as it is (plans never drop roles)"),
        (RoleCreatedClusterWide, "a role is created: roles are cluster-wide"),
        (TableRenameIgnored, "a declared table rename does not apply to this database: ignored"),
        (ColumnRenameIgnored, "a declared column rename does not apply to this database: ignored"),
        (DependencyCycle, "the planner found a dependency cycle: the step is placed in default order"),
        (SpellingOnly, "differences that were expression spelling only: not counted"),
        (SpellingNotChecked, "expression spelling could not be checked through PostgreSQL"),
    ];
}
