using System.Text;
using SurveySchema.Diff;
using SurveySchema.Planning;

namespace SurveySchema.Scripting;

/// <summary>One file of a schema folder: its path relative to the folder (with <c>/</c>) and its text.</summary>
public sealed record SchemaFile(string Path, string Text);

/// <summary>Writes a plan that builds a database from nothing as the files of a schema folder (DESIGN.md,
/// "Layout"), the way <c>extract</c> lays a live database out: <c>extensions.sql</c>, <c>schemas.sql</c>, and one
/// file per table, view, function (its overloads together), aggregate, collation, type and sequence, each holding the statements
/// of everything that belongs to it (a table's constraints, indexes, comments, grants, triggers, policies).</summary>
/// <remarks>
/// Only <see cref="SqlScriptWriter.StatementsOf"/> spells SQL; this class decides where each statement goes.
/// Statements keep the plan's dependency order inside a file; across files the project loader orders them,
/// so a foreign key stays in its table's file even when it points at a table declared elsewhere.
/// Objects outside <c>public</c> get the schema in the file name: <c>tables/audit.events.sql</c>.
/// </remarks>
public static class SchemaFolderWriter
{
    public const string ExtensionsFile = "extensions.sql";
    public const string SchemasFile = "schemas.sql";
    public const string RolesFile = "roles.sql";
    public const string DefaultPrivilegesFile = "default_privileges.sql";

    /// <param name="plan">A plan from an empty database (or one holding only <c>public</c>) to the model to write;
    /// plain forms (<see cref="PlanOptions.OnlineSafe"/> off), since a schema folder declares, it does not migrate.</param>
    /// <param name="banner">A comment line each file starts with (without <c>--</c>), e.g. where it came from.</param>
    public static IReadOnlyList<SchemaFile> Write(MigrationPlan plan, string banner)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var owners = new OwnerLookup(plan.Target);
        var files = new Dictionary<string, (string Title, List<PlannedStep> Steps)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var step in plan.Steps)
        {
            var (path, title) = owners.FileOf(step.Operation);
            if (!files.TryGetValue(path, out var file))
            {
                file = (title, []);
                files.Add(path, file);
                order.Add(path);
            }

            file.Steps.Add(step);
        }

        return [.. order.Order(StringComparer.Ordinal).Select(path => new SchemaFile(path, Render(files[path].Title, banner, files[path].Steps)))];
    }

    /// <summary>The file's statements, with a blank line wherever the kind of operation changes (the table,
    /// then its indexes, then its comments…) and around statements of several lines (functions, views), as a
    /// person would lay the file out.</summary>
    private static string Render(string title, string banner, List<PlannedStep> steps)
    {
        var text = new StringBuilder();
        text.Append("-- ").Append(SqlScriptWriter.OneLine(title)).Append('\n');
        text.Append("-- ").Append(SqlScriptWriter.OneLine(banner)).Append('\n');
        Type? previousKind = null;
        var previousSpansLines = false;
        foreach (var step in steps)
        {
            var kind = step.Operation.GetType();
            foreach (var statement in SqlScriptWriter.StatementsOf(step))
            {
                var spansLines = statement.Contains('\n', StringComparison.Ordinal);
                if (kind != previousKind || spansLines || previousSpansLines)
                {
                    text.Append('\n');
                }

                text.Append(statement).Append('\n');
                (previousKind, previousSpansLines) = (kind, spansLines);
            }
        }

        return text.ToString();
    }

    /// <summary>Which file each operation belongs to; indexes and view columns are looked up in the model,
    /// because an index comment names only the index and a table-scoped operation may be on a materialized view.</summary>
    private sealed class OwnerLookup
    {
        private readonly HashSet<QualifiedName> views;
        private readonly Dictionary<QualifiedName, QualifiedName> indexOwners = [];

        public OwnerLookup(DatabaseModel model)
        {
            views = [.. model.Views.Select(view => view.Name)];
            foreach (var table in model.Tables)
            {
                foreach (var index in table.Indexes)
                {
                    indexOwners[table.Name with { Name = index.Name }] = table.Name;
                }
            }

            foreach (var view in model.Views)
            {
                foreach (var index in view.Indexes)
                {
                    indexOwners[view.Name with { Name = index.Name }] = view.Name;
                }
            }
        }

        public (string Path, string Title) FileOf(Operation operation) => operation switch
        {
            CreateExtension or DropExtension or AlterExtensionUpdate => (ExtensionsFile, "extensions"),
            CreateSchema or DropSchema => (SchemasFile, "schemas (public exists in every database)"),
            TableOperation o => Relation(o.Table),
            CreateView o => Named("views", "view", o.View.Name),
            DropView o => Named("views", "view", o.View.Name),
            CreateFunction o => Named("functions", "function", o.Function.Name),
            DropFunction o => Named("functions", "function", o.Function.Name),
            CreateType o => Named("types", "type", o.Type.Name),
            DropType o => Named("types", "type", o.Type.Name),
            AddEnumValue o => Named("types", "type", o.Type),
            AlterTypeAttributes o => Named("types", "type", o.Type),
            SetDomainDefault o => Named("types", "type", o.Type),
            SetDomainNotNull o => Named("types", "type", o.Type),
            AddDomainCheck o => Named("types", "type", o.Type),
            DropDomainCheck o => Named("types", "type", o.Type),
            RenameType o => Named("types", "type", o.Type),
            CreateSequence o => Named("sequences", "sequence", o.Sequence.Name),
            AlterSequence o => Named("sequences", "sequence", o.Name),
            SetSequenceOwner o => Named("sequences", "sequence", o.Name),
            DropSequence o => Named("sequences", "sequence", o.Sequence.Name),
            CreateAggregate o => Named("aggregates", "aggregate", o.Aggregate.Name),
            DropAggregate o => Named("aggregates", "aggregate", o.Aggregate.Name),
            CreateCollation o => Named("collations", "collation", o.Collation.Name),
            DropCollation o => Named("collations", "collation", o.Collation.Name),
            SetComment o => Target(o.Target),
            AlterOwner o => Target(o.Target),
            GrantPrivilege o => Target(o.Target),
            RevokePrivilege o => Target(o.Target),
            CreateRole or AlterRole or GrantRoleMembership or RevokeRoleMembership => (RolesFile, "roles the project declares (cluster-wide)"),
            GrantDefaultPrivilege or RevokeDefaultPrivilege => (DefaultPrivilegesFile, "default privileges of objects created later"),
            _ => throw new NotSupportedException($"no schema file for {operation.GetType().Name} ({operation.Subject})"),
        };

        private (string, string) Target(ObjectTarget target) => target.Kind switch
        {
            ObjectRefKind.Schema => (SchemasFile, "schemas (public exists in every database)"),
            ObjectRefKind.Table or ObjectRefKind.Column or ObjectRefKind.Constraint or ObjectRefKind.Trigger or ObjectRefKind.Policy => Relation(target.Name),
            ObjectRefKind.View or ObjectRefKind.MaterializedView => Named("views", "view", target.Name),
            ObjectRefKind.Index => Relation(indexOwners.TryGetValue(target.Name, out var owner)
                ? owner
                : throw new NotSupportedException($"index {target.Name} belongs to no table or materialized view of the model")),
            ObjectRefKind.Sequence => Named("sequences", "sequence", target.Name),
            ObjectRefKind.Type or ObjectRefKind.Domain or ObjectRefKind.DomainConstraint => Named("types", "type", target.Name),
            ObjectRefKind.Function or ObjectRefKind.Procedure => Named("functions", "function", target.Name),
            ObjectRefKind.Aggregate => Named("aggregates", "aggregate", target.Name),
            ObjectRefKind.Collation => Named("collations", "collation", target.Name),
            _ => throw new NotSupportedException($"no schema file for {target}"),
        };

        /// <summary>A table's file, or a (materialized) view's when the name is a view: its indexes, triggers
        /// and column comments live with it.</summary>
        private (string, string) Relation(QualifiedName name) =>
            views.Contains(name) ? Named("views", "view", name) : Named("tables", "table", name);
    }

    private static (string Path, string Title) Named(string folder, string kind, QualifiedName name) =>
        ($"{folder}/{FileStem(name)}.sql", $"{kind} {name}");

    /// <summary><c>projects</c> in public, <c>audit.events</c> elsewhere; characters a file name cannot hold
    /// (path separators, control characters) become <c>_</c>.</summary>
    private static string FileStem(QualifiedName name)
    {
        var stem = name.Schema == "public" ? name.Name : name.Schema + "." + name.Name;
        var safe = new StringBuilder(stem.Length);
        foreach (var c in stem)
        {
            safe.Append(c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' || char.IsControl(c) ? '_' : c);
        }

        return safe.ToString() is "." or ".." ? "_" + safe : safe.ToString();
    }
}
