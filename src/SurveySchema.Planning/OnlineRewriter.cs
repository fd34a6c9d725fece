using SurveySchema.Diff;

namespace SurveySchema.Planning;

/// <summary>Chooses statement forms: with <see cref="PlanOptions.OnlineSafe"/>, the forms that keep an
/// existing table readable and writable; tables created by the same plan always get the plain forms
/// (there is nobody to block, and CONCURRENTLY on a table created in the same plan gains nothing).</summary>
internal static class OnlineRewriter
{
    /// <param name="partitioned">Partitioned tables: PostgreSQL refuses CREATE/DROP INDEX CONCURRENTLY on them
    /// ("cannot create index on partitioned table … concurrently"), so their indexes take the plain forms.</param>
    public static List<StepDraft> Rewrite(IReadOnlyList<Operation> operations, bool onlineSafe, IReadOnlySet<QualifiedName>? partitioned = null)
    {
        partitioned ??= new HashSet<QualifiedName>();
        var created = operations.OfType<CreateTable>().Select(o => o.Table)
            .Concat(operations.OfType<CreateView>().Select(o => o.View.Name))
            .ToHashSet();
        var dropped = operations.OfType<DropTable>().Select(o => o.Table)
            .Concat(operations.OfType<DropView>().Select(o => o.View.Name))
            .ToHashSet();
        var addedColumns = operations.OfType<AddColumn>().Select(o => (o.Table, o.Column.Name)).ToHashSet();
        var drafts = new List<StepDraft>();
        foreach (var operation in operations)
        {
            var existing = operation is TableOperation t && !created.Contains(t.Table);
            if (!onlineSafe || !existing)
            {
                drafts.Add(new StepDraft(operation, IsolationOf(operation)));
                continue;
            }

            switch (operation)
            {
                case CreateIndex o when !partitioned.Contains(o.Table):
                    // CREATE INDEX CONCURRENTLY builds without blocking writes but cannot run in a
                    // transaction block: https://www.postgresql.org/docs/15/sql-createindex.html#SQL-CREATEINDEX-CONCURRENTLY
                    drafts.Add(new StepDraft(o with { Concurrently = true }, StepIsolation.NoTransaction));
                    break;
                case DropIndex o when !dropped.Contains(o.Table) && !partitioned.Contains(o.Table):
                    drafts.Add(new StepDraft(o with { Concurrently = true }, StepIsolation.NoTransaction));
                    break;
                case AddConstraint o when o.Constraint.Kind is ConstraintKind.ForeignKey or ConstraintKind.Check && !o.NotValid
                    && !(o.Constraint.Kind == ConstraintKind.ForeignKey && partitioned.Contains(o.Table)):
                    // (PostgreSQL 15 refuses a NOT VALID foreign key on a partitioned table: that one is added plainly.)
                    // NOT VALID skips the scan of existing rows, so the brief lock is all ADD takes; VALIDATE then
                    // scans under SHARE UPDATE EXCLUSIVE, which lets reads and writes go on, in its own transaction.
                    drafts.Add(new StepDraft(o with { NotValid = true }, StepIsolation.Shared));
                    drafts.Add(new StepDraft(new ValidateConstraint(o.Table, o.Constraint.Name), StepIsolation.OwnTransaction));
                    break;
                case SetNotNull o when !addedColumns.Contains((o.Table, o.Column)):
                    drafts.AddRange(NotNullThroughCheck(o));
                    break;
                default:
                    drafts.Add(new StepDraft(operation, IsolationOf(operation)));
                    break;
            }
        }

        return drafts;
    }

    /// <summary>SET NOT NULL scans the table under ACCESS EXCLUSIVE unless a valid CHECK (col IS NOT NULL)
    /// already proves it (PostgreSQL 12+): add that check NOT VALID, validate it without blocking writes,
    /// set NOT NULL (no scan), and drop the check, which is then redundant.</summary>
    private static IEnumerable<StepDraft> NotNullThroughCheck(SetNotNull operation)
    {
        var check = CheckName(operation.Column);
        yield return new StepDraft(new AddNotNullCheck(operation.Table, operation.Column, check), StepIsolation.Shared);
        yield return new StepDraft(new ValidateConstraint(operation.Table, check), StepIsolation.OwnTransaction);
        yield return new StepDraft(operation, StepIsolation.Shared)
        {
            ExtraNeeds = [Footprint.Validated(operation.Table, check)],
            ExtraReleases = [Footprint.Constraint(operation.Table, check)],
            ProvenByCheck = true,
        };
        yield return new StepDraft(new DropConstraint(operation.Table, new Constraint(check, ConstraintKind.Check)), StepIsolation.Shared)
        {
            DropsTemporary = true,
            ExtraNeeds = [Footprint.NotNull(operation.Table, operation.Column)],
        };
    }

    /// <summary>A constraint name that fits PostgreSQL's 63 bytes.</summary>
    private static string CheckName(string column)
    {
        var name = column + "_not_null";
        while (System.Text.Encoding.UTF8.GetByteCount(name) > 63)
        {
            column = column[..^1];
            name = column + "_not_null";
        }

        return name;
    }

    /// <summary>ALTER TYPE … ADD VALUE may run in a transaction since PostgreSQL 12, but the new label
    /// cannot be used until that transaction commits; alone, it is committed before anything uses it.</summary>
    private static StepIsolation IsolationOf(Operation operation) => operation switch
    {
        CreateIndex { Concurrently: true } or DropIndex { Concurrently: true } or AddEnumValue => StepIsolation.NoTransaction,
        ValidateConstraint => StepIsolation.OwnTransaction,
        _ => StepIsolation.Shared,
    };
}
