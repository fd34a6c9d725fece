using System.Text.RegularExpressions;

namespace SurveySchema.Diff.Differs;

/// <summary>Applies declared renames to the current model and emits the RENAME operations, so the rest of
/// the diff compares like with like. A rename applies only when the old name exists now and the new name
/// is what the desired state holds; otherwise it is stale and ignored (with a remark).</summary>
internal static partial class RenameApplier
{
    public static DatabaseModel Apply(DiffContext context, EquatableArray<DeclaredRename> renames)
    {
        var model = context.Current;
        var renamedTables = new Dictionary<QualifiedName, QualifiedName>();
        foreach (var rename in renames.Where(r => r.Kind == RenameKind.Table))
        {
            var from = rename.Table with { Name = rename.From };
            var to = rename.Table with { Name = rename.To };
            if (!Has(model, from) || Has(model, to) || !Has(context.Desired, to) || Has(context.Desired, from))
            {
                context.Remarks.Add(new Remark(RemarkCodes.TableRenameIgnored, $"declared rename of table {from} to {rename.To} does not apply here; ignored"));
                continue;
            }

            context.Add(DiffPhase.Rename, new RenameTable(from, rename.To));
            renamedTables[from] = to;
            model = model with { Tables = model.Tables.Select(t => RenameTableIn(t, from, to)).ToEquatableArray() };
            model = model with { Dependencies = DependencyRenames.Table(model.Dependencies, from, to) };
        }

        foreach (var rename in renames.Where(r => r.Kind == RenameKind.Column))
        {
            // The entry may name the table as it was or as it is after a table rename of the same log.
            var name = renamedTables.GetValueOrDefault(rename.Table, rename.Table);
            var table = model.Tables.FirstOrDefault(t => t.Name == name);
            var desired = context.Desired.Tables.FirstOrDefault(t => t.Name == table?.Name);
            if (table is null || desired is null
                || !table.Columns.Any(c => c.Name == rename.From) || table.Columns.Any(c => c.Name == rename.To)
                || !desired.Columns.Any(c => c.Name == rename.To) || desired.Columns.Any(c => c.Name == rename.From))
            {
                context.Remarks.Add(new Remark(RemarkCodes.ColumnRenameIgnored, $"declared rename of column {rename.Table}.{rename.From} to {rename.To} does not apply here; ignored"));
                continue;
            }

            context.Add(DiffPhase.Rename, new RenameColumn(table.Name, rename.From, rename.To));
            var renamed = RenameColumnIn(table, rename.From, rename.To);
            model = model with { Tables = model.Tables.Select(t => t.Name == table.Name ? renamed : t).ToEquatableArray() };
            model = model with { Dependencies = DependencyRenames.Column(model.Dependencies, table.Name, rename.From, rename.To) };
        }

        return model.ToCanonical();
    }

    private static bool Has(DatabaseModel model, QualifiedName table) => model.Tables.Any(t => t.Name == table);

    /// <summary>The table as PostgreSQL shows it after the rename: its name, and the name in its own index
    /// definitions and in foreign keys (its own or other tables') that reference it.</summary>
    private static Table RenameTableIn(Table table, QualifiedName from, QualifiedName to)
    {
        var renamed = table.Name == from ? table with { Name = to } : table;
        return renamed with
        {
            Indexes = renamed.Indexes.Select(i => i with { Definition = ReplaceQualified(i.Definition, from, to) }).ToEquatableArray(),
            Constraints = renamed.Constraints.Select(c => c.ForeignKey?.ReferencedTable == from
                ? c with { Definition = ReplaceQualified(c.Definition, from, to), ForeignKey = c.ForeignKey with { ReferencedTable = to } }
                : c).ToEquatableArray(),
        };
    }

    private static Table RenameColumnIn(Table table, string from, string to) => table with
    {
        Columns = table.Columns.Select(c => c.Name == from ? c with { Name = to } : c).ToEquatableArray(),
        Constraints = table.Constraints.Select(c => c with
        {
            Columns = c.Columns.Select(n => n == from ? to : n).ToEquatableArray(),
            Definition = ReplaceWord(c.Definition, from, to),
        }).ToEquatableArray(),
        Indexes = table.Indexes.Select(i => i with
        {
            Keys = i.Keys.Select(k => ReplaceWord(k, from, to)).ToEquatableArray(),
            Include = i.Include.Select(k => k == from ? to : k).ToEquatableArray(),
            Predicate = i.Predicate is null ? null : ReplaceWord(i.Predicate, from, to),
            Definition = ReplaceWord(i.Definition, from, to),
        }).ToEquatableArray(),
    };

    private static string ReplaceQualified(string text, QualifiedName from, QualifiedName to) =>
        text.Replace(from.Schema + "." + from.Name, to.Schema + "." + to.Name, StringComparison.Ordinal);

    private static string ReplaceWord(string text, string from, string to) =>
        Regex.Replace(text, $@"(?<![\w$.""]){Regex.Escape(from)}(?![\w$""])", to.Replace("$", "$$", StringComparison.Ordinal));
}
