using System.Text.RegularExpressions;
using SurveySchema.Diff;

namespace SurveySchema.Planning;

/// <summary>The hazards of one step, from its operation, whether its table is new, and the caller's row
/// estimates. A table known to be empty takes no meaningful lock time, so ACCESS EXCLUSIVE is no hazard there.</summary>
internal sealed partial class HazardRules(IReadOnlySet<QualifiedName> createdTables, IReadOnlyDictionary<QualifiedName, long>? rowEstimates)
{
    public long? RowsOf(Operation operation) =>
        operation is TableOperation t && rowEstimates is not null && rowEstimates.TryGetValue(t.Table, out var rows) ? Math.Max(rows, 0) : null;

    public EquatableArray<Hazard> For(StepDraft draft)
    {
        var operation = draft.Operation;
        var hazards = new List<Hazard>();
        var rows = RowsOf(operation);
        var existing = operation is TableOperation t && !createdTables.Contains(t.Table);
        var rowText = rows is null ? "" : $" (~{rows:N0} rows)";

        void Lock(HazardCode code, string what)
        {
            if (existing && rows is not 0)
            {
                hazards.Add(new Hazard(code, what + rowText));
            }
        }

        switch (operation)
        {
            case DropTable o:
                hazards.Add(new Hazard(HazardCodes.TableDropped, $"drops table {o.Table} and its rows{rowText}"));
                hazards.Add(new Hazard(HazardCodes.TableNotRestorable, $"the reverse plan re-creates {o.Table} empty"));
                break;
            case DropColumn o:
                hazards.Add(new Hazard(HazardCodes.ColumnDropped, $"drops column {o.Table}.{o.Column.Name} and its values{rowText}"));
                hazards.Add(new Hazard(HazardCodes.ColumnNotRestorable, $"the reverse plan re-creates {o.Table}.{o.Column.Name} without its values"));
                break;
            case DropSequence o:
                hazards.Add(new Hazard(HazardCodes.SequenceValueLost, $"the current value of sequence {o.Sequence.Name} is lost"));
                break;
            case AlterColumnType o:
                TypeChange(o, hazards, rowText, existing);
                Lock(HazardCodes.ColumnTypeLock, $"ALTER COLUMN {o.Column} TYPE locks {o.Table} against reads and writes while it runs");
                break;
            case AddColumn o when existing && Rewrites(o.Column):
                hazards.Add(new Hazard(HazardCodes.ColumnAddedWithRewrite, $"the default or generation of {o.Column.Name} is computed per row: {o.Table} is rewritten{rowText}"));
                Lock(HazardCodes.ColumnAddedWithRewriteLock, $"adding {o.Column.Name} rewrites {o.Table} under ACCESS EXCLUSIVE");
                break;
            case AddColumn o when existing && o.Column.NotNull && o.Column.Default is null && o.Column.Identity is null:
                hazards.Add(new Hazard(HazardCodes.NotNullColumnWithoutDefault, $"NOT NULL column {o.Column.Name} without a default: fails if {o.Table} has rows"));
                break;
            case SetNotNull o when existing && !draft.ProvenByCheck:
                // After a validated CHECK (col IS NOT NULL) PostgreSQL skips the scan; the planner's online form
                // puts one there. The plain form scans under the lock.
                hazards.Add(new Hazard(HazardCodes.SetNotNullScan, $"SET NOT NULL scans {o.Table} unless a validated check proves it{rowText}"));
                Lock(HazardCodes.SetNotNullLock, $"SET NOT NULL on {o.Column} locks {o.Table}");
                break;
            case AddConstraint o when existing:
                Constraint(o, hazards, rowText, Lock);
                break;
            case ValidateConstraint o:
                hazards.Add(new Hazard(HazardCodes.ValidateConstraintScan, $"VALIDATE CONSTRAINT {o.Name} scans {o.Table} (reads and writes go on){rowText}"));
                break;
            case CreateIndex o when existing:
                hazards.Add(new Hazard(o.Concurrently ? HazardCodes.IndexBuildConcurrent : HazardCodes.IndexBuildBlocking, (o.Concurrently
                    ? $"builds {o.Index.Name} concurrently: writes go on; a failure leaves an INVALID index to drop{rowText}"
                    : $"builds {o.Index.Name} while blocking writes to {o.Table}{rowText}")
                    + (o.Index.Unique ? "; fails if existing rows hold duplicates" : "")));
                break;
            case DropIndex o when existing && !o.Concurrently:
                Lock(HazardCodes.DropIndexLock, $"DROP INDEX {o.Index.Name} locks {o.Table}");
                break;
            case DropType { Aside: true }:
                break;
            case SetPersistence o when existing:
                hazards.Add(new Hazard(HazardCodes.PersistenceRewrite, $"SET {(o.To == Persistence.Unlogged ? "UNLOGGED" : "LOGGED")} rewrites {o.Table}{rowText}"));
                Lock(HazardCodes.PersistenceLock, $"SET {(o.To == Persistence.Unlogged ? "UNLOGGED" : "LOGGED")} locks {o.Table} against reads and writes while it is rewritten");
                break;
            case AttachPartition o when existing:
                hazards.Add(new Hazard(HazardCodes.AttachPartitionScan, $"ATTACH PARTITION scans {o.Table} to check its rows fit {o.Partition.Bound} (unless a CHECK constraint proves it){rowText}"));
                break;
            case AddDomainCheck { Check.Validated: true } o:
                hazards.Add(new Hazard(HazardCodes.DomainCheckScan, $"ADD CONSTRAINT {o.Check.Name} checks every value of domain {o.Type} in every table using it"));
                break;
            case SetDomainNotNull { NotNull: true } o:
                hazards.Add(new Hazard(HazardCodes.DomainNotNullScan, $"SET NOT NULL on domain {o.Type} checks every column of the domain"));
                break;
            case ManualTableChange o:
                hazards.Add(new Hazard(HazardCodes.ManualTableChange, o.Reason));
                break;
            case DropExtension o:
                hazards.Add(new Hazard(HazardCodes.ExtensionDropped, $"drops extension {o.Extension.Name} with all its objects"));
                break;
        }

        return hazards.ToEquatableArray();
    }

    private static void TypeChange(AlterColumnType o, List<Hazard> hazards, string rowText, bool existing)
    {
        if (existing && !IsBinaryCompatible(o.From.Type, o.To.Type))
        {
            hazards.Add(new Hazard(HazardCodes.ColumnTypeRewrite, $"{o.Table} is rewritten to change {o.Column} from {o.From.Type} to {o.To.Type}{rowText}"));
        }

        var loss = LossOf(o);
        if (loss is not null)
        {
            hazards.Add(loss);
        }
    }

    private static Hazard? LossOf(AlterColumnType o)
    {
        var functions = o.Using?.FunctionNames.ToList() ?? [];
        if (functions.Contains("ST_Force2D") || (functions.Contains("ST_Force3DM") && o.From.Spatial?.HasZ == true)
            || (functions.Contains("ST_Force3D") && o.From.Spatial?.HasM == true))
        {
            return new Hazard(HazardCodes.CoordinatesDropped, $"{o.Column}: the dropped Z or M coordinates are lost");
        }

        if (functions.Contains("ST_Transform"))
        {
            return new Hazard(HazardCodes.CoordinatesReprojected, $"{o.Column}: coordinates are reprojected to SRID {o.To.Spatial?.Srid}; reprojecting back is not exact");
        }

        if (o.From.Spatial is not null && o.To.Spatial is not null && o.From.Spatial.GeometryType != o.To.Spatial.GeometryType
            && !functions.Contains("ST_Multi") && o.To.Spatial.GeometryType != "GEOMETRY")
        {
            return new Hazard(HazardCodes.GeometryTypeNarrowed, $"{o.Column}: rows whose geometry is not a {o.To.Spatial.GeometryType} make the statement fail");
        }

        if (o.Using?.Steps.Any(s => s.Kind == ConversionStepKind.Cast && s.Name.StartsWith("text", StringComparison.Ordinal)) == true)
        {
            return new Hazard(HazardCodes.ValueNotConvertible, $"{o.Column}: rows holding a value the new {o.To.Type} cannot take (a removed label, a value out of its range) make the statement fail");
        }

        var (fromBase, fromLength) = Parse(o.From.Type);
        var (toBase, toLength) = Parse(o.To.Type);
        if (toLength is not null && (fromLength is null || toLength < fromLength))
        {
            return new Hazard(HazardCodes.LengthNarrowed, $"{o.Column}: {o.To.Type} is narrower than {o.From.Type}; longer values make the statement fail");
        }

        if (Rank(toBase) < Rank(fromBase) && Rank(toBase) > 0)
        {
            return new Hazard(HazardCodes.RangeNarrowed, $"{o.Column}: {o.To.Type} holds a smaller range than {o.From.Type}; values out of range make the statement fail");
        }

        return null;
    }

    private static int Rank(string type) => type switch
    {
        "smallint" => 1,
        "integer" => 2,
        "bigint" => 3,
        "real" => 4,
        "double precision" => 5,
        "numeric" => 6,
        _ => 0,
    };

    /// <summary>Changes PostgreSQL makes without rewriting: widening or removing a varchar limit, varchar to text.</summary>
    private static bool IsBinaryCompatible(string from, string to)
    {
        var (fromBase, fromLength) = Parse(from);
        var (toBase, toLength) = Parse(to);
        var textual = fromBase is "character varying" or "text";
        return textual && (toBase == "text" || (toBase == "character varying" && (toLength is null || (fromLength is not null && toLength >= fromLength))));
    }

    private static (string Base, int? Length) Parse(string type)
    {
        var match = TypePattern().Match(type);
        return match.Success
            ? (match.Groups[1].Value, match.Groups[2].Success ? int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : null)
            : (type, null);
    }

    private static void Constraint(AddConstraint o, List<Hazard> hazards, string rowText, Action<HazardCode, string> locked)
    {
        switch (o.Constraint.Kind)
        {
            case ConstraintKind.ForeignKey or ConstraintKind.Check when !o.NotValid:
                hazards.Add(new Hazard(HazardCodes.ConstraintScan, $"{o.Constraint.Name} is checked against every row of {o.Table}{rowText}"));
                locked(HazardCodes.ConstraintScanLock, $"ADD CONSTRAINT {o.Constraint.Name} holds its lock on {o.Table} during the scan");
                break;
            case ConstraintKind.PrimaryKey or ConstraintKind.Unique or ConstraintKind.Exclusion:
                hazards.Add(new Hazard(HazardCodes.ConstraintIndexBuild, $"{o.Constraint.Name} builds its index on {o.Table}{rowText}" + (o.Constraint.Kind == ConstraintKind.Exclusion ? "; fails if existing rows conflict" : "; fails if existing rows hold duplicates")));
                locked(HazardCodes.ConstraintIndexLock, $"ADD CONSTRAINT {o.Constraint.Name} locks {o.Table} while its index is built");
                break;
        }
    }

    private static bool Rewrites(Column column) =>
        column.Generated is not null || column.Identity is not null || VolatileDefault().IsMatch(column.Default ?? "");

    [GeneratedRegex(@"^(character varying|character|varchar|text|smallint|integer|bigint|real|double precision|numeric)(?:\((\d+)(?:,\d+)?\))?$")]
    private static partial Regex TypePattern();

    [GeneratedRegex(@"nextval\(|uuid_generate|gen_random_uuid|random\(|clock_timestamp\(|timeofday\(", RegexOptions.IgnoreCase)]
    private static partial Regex VolatileDefault();
}
