namespace SurveySchema.Diff.Differs;

/// <summary>Enums, domains and composite types, by name.</summary>
/// <remarks>PostgreSQL can add an enum label (ALTER TYPE … ADD VALUE) but not remove or reorder one. Then
/// the type is recreated: the old one renamed aside, the new one created, every column of the type
/// converted through text, the old type dropped; a row holding a removed label makes the conversion fail.</remarks>
internal static class TypeDiffer
{
    public static void Diff(DiffContext context)
    {
        var types = Matching.Match(context.Current.Types, context.Desired.Types, t => t.Name);
        foreach (var type in types.Dropped)
        {
            context.Add(DiffPhase.DropObjects, new DropType(type));
        }

        foreach (var type in types.Created)
        {
            Create(context, type);
        }

        foreach (var (was, wanted) in types.Both)
        {
            if (was with { Comment = null, Grants = [], Attributes = Uncommented(was), Domain = Uncommented(was.Domain) }
                == wanted with { Comment = null, Grants = [], Attributes = Uncommented(wanted), Domain = Uncommented(wanted.Domain) })
            {
                Comments(context, was, wanted);
                continue;
            }

            if (was.Kind == TypeKind.Enum && wanted.Kind == TypeKind.Enum && IsExtension(was.EnumLabels, wanted.EnumLabels))
            {
                AddLabels(context, was, wanted);
                Comments(context, was, wanted);
            }
            else if (was.Kind == TypeKind.Enum && wanted.Kind == TypeKind.Enum)
            {
                Recreate(context, wanted);
            }
            else if (AlteredInPlace(was, wanted) is { } alter)
            {
                context.Add(DiffPhase.CreateTypes, alter);
                Comments(context, was, wanted);
            }
            else
            {
                context.Remarks.Add($"type {wanted.Name} changes: dropped and created again; this fails while columns use it");
                context.Add(DiffPhase.DropObjects, new DropType(was));
                Create(context, wanted);
            }
        }
    }

    private static EquatableArray<Column> Uncommented(UserDefinedType type) =>
        type.Attributes.Select(a => a with { Comment = null }).ToEquatableArray();

    private static Domain? Uncommented(Domain? domain) =>
        domain is null ? null : domain with { Checks = domain.Checks.Select(c => c with { Comment = null }).ToEquatableArray() };

    /// <summary>A domain whose base type and collation stay, or a composite type whose kept attributes stay as they
    /// are and in order with new ones after them: ALTER DOMAIN / ALTER TYPE, which works while columns use the type.</summary>
    private static Operation? AlteredInPlace(UserDefinedType current, UserDefinedType desired)
    {
        if (current.Kind == TypeKind.Domain && desired.Kind == TypeKind.Domain && current.Domain is { } from && desired.Domain is { } to
            && from.BaseType == to.BaseType && from.Collation == to.Collation)
        {
            return new AlterDomain(desired.Name, from, to);
        }

        if (current.Kind != TypeKind.Composite || desired.Kind != TypeKind.Composite)
        {
            return null;
        }

        static Column Shape(Column a) => a with { Comment = null, Ordinal = 0 };
        var kept = current.Attributes.Where(a => desired.Attributes.Any(d => d.Name == a.Name)).ToList();
        var keptInDesired = desired.Attributes.Take(kept.Count).ToList();
        if (!kept.Select(Shape).SequenceEqual(keptInDesired.Select(Shape)))
        {
            return null;
        }

        var dropped = current.Attributes.Where(a => !kept.Contains(a)).ToEquatableArray();
        var added = desired.Attributes.Skip(kept.Count).ToEquatableArray();
        return dropped.IsEmpty && added.IsEmpty ? null : new AlterCompositeAttributes(desired.Name, dropped, added);
    }

    /// <summary>Every current label is still there, in the same order.</summary>
    private static bool IsExtension(EquatableArray<string> current, EquatableArray<string> desired) =>
        desired.Where(current.Contains).SequenceEqual(current);

    private static void AddLabels(DiffContext context, UserDefinedType current, UserDefinedType desired)
    {
        var labels = desired.EnumLabels.Items;
        for (var i = 0; i < labels.Length; i++)
        {
            if (current.EnumLabels.Contains(labels[i]))
            {
                continue;
            }

            // Anchor on the next existing label when there is one, so the sort order comes out as declared.
            var before = labels.Skip(i + 1).FirstOrDefault(current.EnumLabels.Contains);
            var after = before is null ? labels.Take(i).LastOrDefault() : null;
            context.Add(DiffPhase.CreateTypes, new AddEnumValue(desired.Name, labels[i], before, after));
        }
    }

    private static void Recreate(DiffContext context, UserDefinedType desired)
    {
        var aside = desired.Name with { Name = desired.Name.Name + "__old" };
        context.RecreatedTypes.Add(desired.Name);
        context.Add(DiffPhase.DropObjects, new RenameType(desired.Name, aside.Name));
        Create(context, desired);
        // The columns of the type (or of arrays of it), from the dependency edges: of tables that stay, and that
        // keep the type: a dropped table or column goes before the rename, a column changing to another type is
        // the column differ's business.
        var users = context.CurrentEdges.UsedBy(new ObjectRef(ObjectRefKind.Type, desired.Name))
            .Where(d => d.Kind == ObjectRefKind.Column)
            .ToHashSet();
        foreach (var table in context.Current.Tables)
        {
            var kept = context.Desired.Tables.FirstOrDefault(t => t.Name == table.Name);
            foreach (var column in table.Columns.Where(c => users.Contains(new ObjectRef(ObjectRefKind.Column, table.Name, c.Name)) && !c.IsInherited
                && kept?.Columns.FirstOrDefault(k => k.Name == c.Name)?.Type == c.Type))
            {
                var isArray = column.Type.EndsWith("[]", StringComparison.Ordinal);
                var from = column with { Type = column.Type.Replace(desired.Name.Name, aside.Name, StringComparison.Ordinal) };
                var conversion = new ColumnConversion([ConversionStep.Cast(isArray ? "text[]" : "text"), ConversionStep.Cast(column.Type)]);
                if (column.Default is not null)
                {
                    context.Add(DiffPhase.ConvertTypes, new DropColumnDefault(table.Name, column.Name, column.Default));
                }

                context.Add(DiffPhase.ConvertTypes, new AlterColumnType(table.Name, from, column, conversion));
                var desiredDefault = context.Desired.Tables.FirstOrDefault(t => t.Name == table.Name)
                    ?.Columns.FirstOrDefault(c => c.Name == column.Name)?.Default;
                if (column.Default is not null && desiredDefault is not null)
                {
                    context.Add(DiffPhase.ConvertTypes, new SetColumnDefault(table.Name, column.Name, desiredDefault, column.Default));
                }
            }
        }

        context.Add(DiffPhase.DropObjects, new DropType(new UserDefinedType(aside, TypeKind.Enum)) { Aside = true });
    }

    private static void Create(DiffContext context, UserDefinedType type)
    {
        context.Add(DiffPhase.CreateTypes, new CreateType(type));
        SecurityLabels.GrantsOnCreate(context, Target(type), type.Grants);
        Comments(context, null, type);
    }

    private static ObjectTarget Target(UserDefinedType type) =>
        new(type.Kind == TypeKind.Domain ? ObjectKind.Domain : ObjectKind.Type, type.Name);

    /// <summary>Comments, and the grants of a type that stays (a created one gets its grants in <see cref="Create"/>).</summary>
    private static void Comments(DiffContext context, UserDefinedType? current, UserDefinedType desired)
    {
        if (current is not null)
        {
            SecurityLabels.Grants(context, Target(desired), current.Grants, desired.Grants);
        }

        SecurityLabels.Comment(context, Target(desired), current?.Comment, desired.Comment);
        foreach (var attribute in desired.Attributes)
        {
            var was = current?.Attributes.FirstOrDefault(a => a.Name == attribute.Name)?.Comment;
            SecurityLabels.Comment(context, new ObjectTarget(ObjectKind.Column, desired.Name, attribute.Name), was, attribute.Comment);
        }

        foreach (var check in desired.Domain?.Checks ?? [])
        {
            var was = current?.Domain?.Checks.FirstOrDefault(c => c.Name == check.Name)?.Comment;
            SecurityLabels.Comment(context, new ObjectTarget(ObjectKind.DomainConstraint, desired.Name, check.Name), was, check.Comment);
        }
    }
}
