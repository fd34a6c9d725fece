using SurveySchema.Diff;

namespace SurveySchema.Scripting.Drift;

/// <summary>Reads one differ operation as a drift finding: what differs (the item), which way (missing,
/// unexpected, changed), and what each side holds. Only the operation's own data is used: the differ decided
/// the difference once, this only names it.</summary>
internal static class DriftClassifier
{
    /// <param name="database">The database's model, for the one thing an operation does not carry: the body a
    /// replaced function has now.</param>
    public static DriftFinding Classify(Operation operation, DatabaseModel database)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var (kind, item, expected, actual) = Read(operation, database);
        return new DriftFinding(operation.Subject, item, kind, operation.Describe().ReplaceLineEndings(" "), expected, actual)
        {
            Operations = [operation.GetType().Name],
        };
    }

    private static (DriftKind Kind, string Item, string? Expected, string? Actual) Read(Operation operation, DatabaseModel model) => operation switch
    {
        CreateTable o => Missing(o.Subject, TableText(o.Definition)),
        DropTable o => Unexpected(o.Subject, TableText(o.Definition)),
        RenameTable o => Changed(o.Subject, o.To, o.From.Name),
        AddColumn o => Missing("column " + o.Column.Name, ColumnText(o.Column)),
        DropColumn o => Unexpected("column " + o.Column.Name, ColumnText(o.Column)),
        RenameColumn o => Changed("column " + o.To, o.To, o.From),
        AlterColumnType o => Changed("column " + o.Column, TypeText(o.To), TypeText(o.From)),
        SetColumnDefault o => Changed("column " + o.Column, "default " + o.Default, o.Previous is null ? "no default" : "default " + o.Previous),
        DropColumnDefault o => Changed("column " + o.Column, "no default", "default " + o.Previous),
        SetNotNull o => Changed("column " + o.Column, "not null", "null"),
        DropNotNull o => Changed("column " + o.Column, "null", "not null"),
        AddIdentity o => Changed("column " + o.Column, IdentityText(o.Identity), "no identity"),
        DropIdentity o => Changed("column " + o.Column, "no identity", IdentityText(o.Previous)),
        AddConstraint o => Missing(ConstraintItem(o.Constraint), o.Constraint.Definition),
        DropConstraint o => Unexpected(ConstraintItem(o.Constraint), o.Constraint.Definition),
        CreateIndex o => Missing("index " + o.Index.Name, o.Index.Definition),
        DropIndex o => Unexpected("index " + o.Index.Name, o.Index.Definition),
        CreateTrigger o => Missing("trigger " + o.Trigger.Name, o.Trigger.Definition),
        DropTrigger o => Unexpected("trigger " + o.Trigger.Name, o.Trigger.Definition),
        SetTriggerEnabled o => Changed("trigger " + o.Trigger, o.Enabled.ToString().ToLowerInvariant(), null),
        CreatePolicy o => Missing("policy " + o.Policy.Name, PolicyText(o.Policy)),
        DropPolicy o => Unexpected("policy " + o.Policy.Name, PolicyText(o.Policy)),
        EnableRowLevelSecurity => Changed("row level security", "enabled", "disabled"),
        DisableRowLevelSecurity => Changed("row level security", "disabled", "enabled"),
        SetForceRowLevelSecurity o => Changed("force row level security", o.Force ? "forced" : "not forced", o.Force ? "not forced" : "forced"),
        SetTableOptions o => Changed("storage parameters", string.Join(", ", o.Set), o.Reset.Count == 0 ? null : "also " + string.Join(", ", o.Reset)),
        SetPersistence o => Changed("persistence", o.To.ToString().ToLowerInvariant(), o.From.ToString().ToLowerInvariant()),
        AttachPartition o => Changed("partition of " + o.Partition.Parent, $"partition of {o.Partition.Parent} {o.Partition.Bound}", "not a partition"),
        DetachPartition o => Changed("partition of " + o.Partition.Parent, "not a partition", $"partition of {o.Partition.Parent} {o.Partition.Bound}"),
        InheritTable o => Changed("inherits " + o.Parent, "inherits " + o.Parent, "does not inherit"),
        NoInheritTable o => Changed("inherits " + o.Parent, "does not inherit", "inherits " + o.Parent),
        ManualTableChange o => Changed(o.Subject, null, null),
        SetComment o => Changed("comment on " + o.Target, o.Text, o.Previous),
        GrantPrivilege o => Missing($"{o.Grant.Privilege} on {o.Target} to {o.Grant.Grantee}", GrantText(o.Grant)),
        RevokePrivilege o => Unexpected($"{o.Grant.Privilege} on {o.Target} to {o.Grant.Grantee}", GrantText(o.Grant)),
        GrantDefaultPrivilege o => Missing($"{o.Grant.Privilege} to {o.Grant.Grantee}", GrantText(o.Grant)),
        RevokeDefaultPrivilege o => Unexpected($"{o.Grant.Privilege} to {o.Grant.Grantee}", GrantText(o.Grant)),
        CreateSchema o => Missing(o.Subject, o.Subject),
        DropSchema o => Unexpected(o.Subject, o.Subject),
        CreateExtension o => Missing(o.Subject, $"version {o.Extension.Version} in schema {o.Extension.Schema}"),
        DropExtension o => Unexpected(o.Subject, $"version {o.Extension.Version} in schema {o.Extension.Schema}"),
        AlterExtensionUpdate o => Changed(o.Subject, "version " + o.ToVersion, "version " + o.FromVersion),
        CreateSequence o => Missing(o.Subject, SequenceText(o.Sequence.Options)),
        DropSequence o => Unexpected(o.Subject, SequenceText(o.Sequence.Options)),
        AlterSequence o => Changed(o.Subject, SequenceText(o.To), SequenceText(o.From)),
        SetSequenceOwner o => Changed("owner of " + o.Subject, OwnerText(o.OwnedBy), OwnerText(o.Previous)),
        CreateView o => Missing(o.Subject, o.View.Definition),
        DropView o => Unexpected(o.Subject, o.View.Definition),
        CreateFunction { Replace: true } o => Changed(o.Subject, o.Function.Definition, CurrentBody(model, o.Function)),
        CreateFunction o => Missing(o.Subject, o.Function.Definition),
        DropFunction o => Unexpected(o.Subject, o.Function.Definition),
        CreateAggregate o => Missing(o.Subject, o.Subject),
        DropAggregate o => Unexpected(o.Subject, o.Subject),
        CreateCollation o => Missing(o.Subject, $"{o.Collation.Provider.ToString().ToLowerInvariant()}, {o.Collation.Locale}"),
        DropCollation o => Unexpected(o.Subject, $"{o.Collation.Provider.ToString().ToLowerInvariant()}, {o.Collation.Locale}"),
        CreateType o => Missing(o.Subject, o.Type.Kind.ToString().ToLowerInvariant()),
        DropType o => Unexpected(o.Subject, o.Type.Kind.ToString().ToLowerInvariant()),
        AddEnumValue o => Missing($"label '{o.Value}'", $"'{o.Value}'"),
        CreateRole o => Missing(o.Subject, o.Subject),
        GrantRoleMembership o => Missing("member of " + o.Membership.Role, "member of " + o.Membership.Role),
        RevokeRoleMembership o => Unexpected("member of " + o.Membership.Role, "member of " + o.Membership.Role),
        _ => Changed(operation.Subject, null, null),
    };

    private static (DriftKind, string, string?, string?) Missing(string item, string? expected) => (DriftKind.Missing, item, expected, null);

    private static (DriftKind, string, string?, string?) Unexpected(string item, string? actual) => (DriftKind.Unexpected, item, null, actual);

    private static (DriftKind, string, string?, string?) Changed(string item, string? expected, string? actual) => (DriftKind.Changed, item, expected, actual);

    private static string TableText(Table table) => $"{table.Columns.Count} column{(table.Columns.Count == 1 ? "" : "s")}: "
        + string.Join(", ", table.Columns.Select(c => c.Name + " " + c.Type));

    private static string ColumnText(Column column) =>
        TypeText(column) + (column.NotNull ? " not null" : "") + (column.Default is null ? "" : " default " + column.Default);

    private static string TypeText(Column column) => column.Collation is null ? column.Type : $"{column.Type} collate {column.Collation}";

    private static string IdentityText(ColumnIdentity identity) =>
        $"generated {(identity.Generation == IdentityGeneration.Always ? "always" : "by default")} as identity";

    private static string ConstraintItem(Constraint constraint) => AddConstraintKind(constraint.Kind) + " " + constraint.Name;

    private static string AddConstraintKind(ConstraintKind kind) => kind switch
    {
        ConstraintKind.PrimaryKey => "primary key",
        ConstraintKind.ForeignKey => "foreign key",
        ConstraintKind.Unique => "unique constraint",
        ConstraintKind.Check => "check constraint",
        _ => "exclusion constraint",
    };

    private static string PolicyText(Policy policy) =>
        $"{(policy.Permissive ? "permissive" : "restrictive")} for {policy.Command.ToString().ToLowerInvariant()}"
        + (policy.Roles.Count == 0 ? "" : " to " + string.Join(", ", policy.Roles))
        + (policy.Using is null ? "" : $" using ({policy.Using})")
        + (policy.WithCheck is null ? "" : $" with check ({policy.WithCheck})");

    private static string GrantText(Grant grant) => $"{grant.Privilege} to {grant.Grantee}{(grant.Grantable ? " with grant option" : "")}";

    private static string SequenceText(SequenceOptions o) =>
        $"{o.DataType} start {o.Start} increment {o.Increment} min {o.MinValue} max {o.MaxValue} cache {o.Cache}{(o.Cycle ? " cycle" : "")}";

    private static string OwnerText(ColumnReference? owner) => owner is null ? "owned by none" : $"owned by {owner.Table}.{owner.Column}";

    private static string? CurrentBody(DatabaseModel model, Function function) =>
        model.Functions.FirstOrDefault(f => f.Name == function.Name && f.IdentityArguments == function.IdentityArguments)?.Definition;
}
