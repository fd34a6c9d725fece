using System.Reflection;

namespace SurveySchema.Planning;

/// <summary>A hazard rule's stable code (<c>SHknnn</c>: k is the kind's group, 1 = DataLoss … 7 = ManualChange), its
/// kind, and what it means in one line; docs/hazards.md says when each applies and what to do.</summary>
public sealed record HazardCode(string Id, HazardKind Kind, string Meaning)
{
    public override string ToString() => Id;
}

/// <summary>Every hazard code, one per rule in <see cref="HazardRules"/>. A code is never reused for another rule: a
/// retired rule keeps its number.</summary>
public static class HazardCodes
{
    public static readonly HazardCode TableDropped = new("SH1001", HazardKind.DataLoss, "a table is dropped with its rows");
    public static readonly HazardCode ColumnDropped = new("SH1002", HazardKind.DataLoss, "a column is dropped with its values");
    public static readonly HazardCode NotNullColumnWithoutDefault = new("SH1003", HazardKind.DataLoss, "a NOT NULL column without a default is added to a table that may hold rows");
    public static readonly HazardCode ExtensionDropped = new("SH1004", HazardKind.DataLoss, "an extension is dropped with all its objects");
    public static readonly HazardCode CoordinatesDropped = new("SH1005", HazardKind.DataLoss, "a geometry column loses its Z or M coordinates");
    public static readonly HazardCode CoordinatesReprojected = new("SH1006", HazardKind.DataLoss, "a geometry column is reprojected to another SRID");
    public static readonly HazardCode GeometryTypeNarrowed = new("SH1007", HazardKind.DataLoss, "a geometry column takes a narrower geometry type");
    public static readonly HazardCode ValueNotConvertible = new("SH1008", HazardKind.DataLoss, "a column is converted through text (an enum losing a label, a domain)");
    public static readonly HazardCode LengthNarrowed = new("SH1009", HazardKind.DataLoss, "a column's length limit gets shorter");
    public static readonly HazardCode RangeNarrowed = new("SH1010", HazardKind.DataLoss, "a numeric column takes a type of smaller range");

    public static readonly HazardCode ColumnTypeRewrite = new("SH2001", HazardKind.TableRewrite, "a column type change rewrites the table");
    public static readonly HazardCode ColumnAddedWithRewrite = new("SH2002", HazardKind.TableRewrite, "a column added with a volatile default, identity or generation rewrites the table");
    public static readonly HazardCode PersistenceRewrite = new("SH2003", HazardKind.TableRewrite, "SET LOGGED / UNLOGGED rewrites the table");

    public static readonly HazardCode ColumnTypeLock = new("SH3001", HazardKind.AccessExclusiveLock, "ALTER COLUMN … TYPE holds ACCESS EXCLUSIVE while it runs");
    public static readonly HazardCode ColumnAddedWithRewriteLock = new("SH3002", HazardKind.AccessExclusiveLock, "a column added with a rewrite holds ACCESS EXCLUSIVE while the table is rewritten");
    public static readonly HazardCode SetNotNullLock = new("SH3003", HazardKind.AccessExclusiveLock, "SET NOT NULL holds ACCESS EXCLUSIVE during its scan");
    public static readonly HazardCode ConstraintScanLock = new("SH3004", HazardKind.AccessExclusiveLock, "ADD CONSTRAINT (foreign key, check) holds its lock during the scan");
    public static readonly HazardCode ConstraintIndexLock = new("SH3005", HazardKind.AccessExclusiveLock, "ADD CONSTRAINT (primary key, unique, exclusion) holds ACCESS EXCLUSIVE while its index is built");
    public static readonly HazardCode DropIndexLock = new("SH3006", HazardKind.AccessExclusiveLock, "DROP INDEX (not concurrently) locks the table");
    public static readonly HazardCode PersistenceLock = new("SH3007", HazardKind.AccessExclusiveLock, "SET LOGGED / UNLOGGED holds ACCESS EXCLUSIVE during the rewrite");

    public static readonly HazardCode IndexBuildBlocking = new("SH4001", HazardKind.IndexBuild, "an index is built while writes to the table wait");
    public static readonly HazardCode IndexBuildConcurrent = new("SH4002", HazardKind.IndexBuild, "an index is built concurrently; a failure leaves an INVALID index");
    public static readonly HazardCode ConstraintIndexBuild = new("SH4003", HazardKind.IndexBuild, "a primary key, unique or exclusion constraint builds its index");

    public static readonly HazardCode SetNotNullScan = new("SH5001", HazardKind.ValidationScan, "SET NOT NULL scans the table unless a validated check proves it");
    public static readonly HazardCode ConstraintScan = new("SH5002", HazardKind.ValidationScan, "a validated foreign key or check is checked against every row");
    public static readonly HazardCode ValidateConstraintScan = new("SH5003", HazardKind.ValidationScan, "VALIDATE CONSTRAINT scans the table (reads and writes go on)");
    public static readonly HazardCode AttachPartitionScan = new("SH5004", HazardKind.ValidationScan, "ATTACH PARTITION scans the partition against its bound");
    public static readonly HazardCode DomainCheckScan = new("SH5005", HazardKind.ValidationScan, "a domain check is checked against every value of the domain");
    public static readonly HazardCode DomainNotNullScan = new("SH5006", HazardKind.ValidationScan, "SET NOT NULL on a domain checks every column of the domain");

    public static readonly HazardCode TableNotRestorable = new("SH6001", HazardKind.Irreversible, "the reverse plan re-creates a dropped table empty");
    public static readonly HazardCode ColumnNotRestorable = new("SH6002", HazardKind.Irreversible, "the reverse plan re-creates a dropped column without its values");
    public static readonly HazardCode SequenceValueLost = new("SH6003", HazardKind.Irreversible, "a dropped sequence's current value is lost");

    public static readonly HazardCode ManualTableChange = new("SH7001", HazardKind.ManualChange, "PostgreSQL cannot make the change in place: the step stops the script, the table is rebuilt by hand");

    /// <summary>Every code, in code order (read from the fields above, so a new one cannot be left out).</summary>
    public static IReadOnlyList<HazardCode> All { get; } =
    [
        .. typeof(HazardCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.FieldType == typeof(HazardCode))
            .Select(field => (HazardCode)field.GetValue(null)!)
            .OrderBy(code => code.Id, StringComparer.Ordinal),
    ];
}
