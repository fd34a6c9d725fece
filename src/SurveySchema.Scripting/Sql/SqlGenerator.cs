using SurveySchema.Diff;

namespace SurveySchema.Scripting.Sql;

/// <summary>The one place operations become SQL: one method per operation kind, split by object kind
/// across the partial files of this class. Each statement is returned without its terminating semicolon.</summary>
internal static partial class SqlGenerator
{
    public static IReadOnlyList<string> Statements(Operation operation) => operation switch
    {
        CreateSchema o => [$"CREATE SCHEMA {Q(o.Name)}"],
        DropSchema o => [$"DROP SCHEMA {Q(o.Name)}"],
        CreateExtension o => [$"CREATE EXTENSION {Q(o.Extension.Name)} WITH SCHEMA {Q(o.Extension.Schema)} VERSION {SqlLiteral.Quote(o.Extension.Version)}"],
        DropExtension o => [$"DROP EXTENSION {Q(o.Extension.Name)}"],
        AlterExtensionUpdate o => [$"ALTER EXTENSION {Q(o.Name)} UPDATE TO {SqlLiteral.Quote(o.ToVersion)}"],
        CreateTable o => [CreateTable(o.Definition)],
        DropTable o => [$"DROP TABLE {Q(o.Table)}"],
        RenameTable o => [$"ALTER TABLE {Q(o.From)} RENAME TO {Q(o.To)}"],
        EnableRowLevelSecurity o => [$"ALTER TABLE {Q(o.Table)} ENABLE ROW LEVEL SECURITY"],
        DisableRowLevelSecurity o => [$"ALTER TABLE {Q(o.Table)} DISABLE ROW LEVEL SECURITY"],
        SetForceRowLevelSecurity o => [$"ALTER TABLE {Q(o.Table)} {(o.Force ? "" : "NO ")}FORCE ROW LEVEL SECURITY"],
        SetTableOptions o => TableOptions(o),
        SetPersistence or AttachPartition or DetachPartition or InheritTable or NoInheritTable or ManualTableChange
            => TableStructureStatements(operation),
        AddColumn or DropColumn or RenameColumn or AlterColumnType or SetColumnDefault or DropColumnDefault
            or SetNotNull or DropNotNull or AddIdentity or DropIdentity or DropColumnExpression => ColumnStatements(operation),
        AddConstraint or DropConstraint or ValidateConstraint or AddNotNullCheck or CreateIndex or DropIndex
            => ConstraintStatements(operation),
        CreateSequence or AlterSequence or SetSequenceOwner or DropSequence => SequenceStatements(operation),
        CreateAggregate or DropAggregate or CreateCollation or DropCollation => AggregateStatements(operation),
        SetComment o => [Comment(o)],
        GrantPrivilege o => [Grant(o)],
        RevokePrivilege o => [Revoke(o)],
        AlterOwner o => [$"ALTER {CommentTarget(o.Target)} OWNER TO {(o.Owner is null ? "CURRENT_USER" : SqlIdentifier.Role(o.Owner))}"],
        CreateRole or AlterRole or GrantRoleMembership or RevokeRoleMembership or GrantDefaultPrivilege or RevokeDefaultPrivilege
            => RoleStatements(operation),
        _ => ObjectStatements(operation),
    };

    private static string Q(string identifier) => SqlIdentifier.Quote(identifier);

    private static string Q(QualifiedName name) => SqlIdentifier.Quote(name);

    private static IReadOnlyList<string> TableOptions(SetTableOptions o)
    {
        var statements = new List<string>();
        if (!o.Reset.IsEmpty)
        {
            statements.Add($"ALTER TABLE {Q(o.Table)} RESET ({string.Join(", ", o.Reset)})");
        }

        if (!o.Set.IsEmpty)
        {
            statements.Add($"ALTER TABLE {Q(o.Table)} SET ({string.Join(", ", o.Set)})");
        }

        return statements;
    }

    private static string CreateTable(Table table)
    {
        var persistence = table.Persistence == Persistence.Unlogged ? "UNLOGGED " : "";
        if (table.PartitionOf is { } partition)
        {
            // The partition's own constraints (a primary key or check the parent does not have) go in its
            // parenthesised list; those cloned from the parent come with PARTITION OF.
            var own = table.Constraints.Where(c => c.Kind != ConstraintKind.ForeignKey && !c.IsInherited)
                .Select(c => $"    CONSTRAINT {Q(c.Name)} {CheckSpelling.Restore(WithoutNotValid(c.Definition))}")
                .ToList();
            var list = own.Count == 0 ? "" : $" (\n{string.Join(",\n", own)}\n)";
            return $"CREATE {persistence}TABLE {Q(table.Name)} PARTITION OF {Q(partition.Parent)}{list} {partition.Bound}"
                + (table.PartitionKey is null ? "" : $" PARTITION BY {table.PartitionKey}");
        }

        var lines = table.Columns.Where(c => !c.IsInherited).Select(ColumnDefinition)
            .Concat(table.Constraints.Where(c => c.Kind != ConstraintKind.ForeignKey && !c.IsInherited)
                .Select(c => $"CONSTRAINT {Q(c.Name)} {CheckSpelling.Restore(WithoutNotValid(c.Definition))}"))
            .Select(line => "    " + line);
        var text = $"CREATE {persistence}TABLE {Q(table.Name)} (\n{string.Join(",\n", lines)}\n)";
        if (!table.Inherits.IsEmpty)
        {
            text += $" INHERITS ({string.Join(", ", table.Inherits.Select(Q))})";
        }

        if (table.PartitionKey is not null)
        {
            text += $" PARTITION BY {table.PartitionKey}";
        }

        if (!table.Options.IsEmpty)
        {
            text += $" WITH ({string.Join(", ", table.Options)})";
        }

        return text;
    }

    private static string WithoutNotValid(string definition) =>
        definition.EndsWith(" NOT VALID", StringComparison.Ordinal) ? definition[..^" NOT VALID".Length] : definition;
}
