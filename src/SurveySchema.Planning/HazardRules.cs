using SurveySchema.Diff;

namespace SurveySchema.Planning;

/// <summary>The hazards of one step, from its operation, whether its table is new, and the caller's row
/// estimates. A table known to be empty takes no meaningful lock time, so ACCESS EXCLUSIVE is no hazard there.</summary>
internal sealed class HazardRules(IReadOnlySet<QualifiedName> createdTables, IReadOnlyDictionary<QualifiedName, long>? rowEstimates)
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
                hazards.AddRange(ColumnChangeHazards.TypeChange(o, existing, rowText));
                Lock(HazardCodes.ColumnTypeLock, $"ALTER COLUMN {o.Column} TYPE locks {o.Table} against reads and writes while it runs");
                break;
            case AddColumn o when existing && ColumnChangeHazards.AddRewrites(o.Column):
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
}
