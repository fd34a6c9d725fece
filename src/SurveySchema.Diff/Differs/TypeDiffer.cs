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
            if (was with { Comment = null, Grants = [], Owner = null, Attributes = Uncommented(was), Domain = Uncommented(was.Domain) }
                == wanted with { Comment = null, Grants = [], Owner = null, Attributes = Uncommented(wanted), Domain = Uncommented(wanted.Domain) })
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
            else if (was.Kind == TypeKind.Composite && wanted.Kind == TypeKind.Composite && AltersInPlace(context, was, wanted))
            {
                AlterAttributes(context, was, wanted);
                Comments(context, was, wanted);
            }
            else if (was.Domain is { } from && wanted.Domain is { } to && from.BaseType == to.BaseType && from.Collation == to.Collation)
            {
                AlterDomain(context, wanted.Name, from, to);
                Comments(context, was, wanted);
            }
            else if (was.Kind == wanted.Kind && (was.Kind == TypeKind.Domain || was.Attributes.Count == wanted.Attributes.Count))
            {
                // A domain's base type or collation, or a composite's attribute types or order: the column
                // conversion goes through text, which reads a row back only into as many attributes.
                Recreate(context, wanted);
            }
            else
            {
                context.Remarks.Add(new Remark(RemarkCodes.TypeRecreated, $"type {wanted.Name} changes: dropped and created again; this fails while columns use it"));
                context.Add(DiffPhase.DropObjects, new DropType(was));
                Create(context, wanted);
            }
        }
    }

    /// <summary>ADD ATTRIBUTE appends: the attributes that stay keep their order and the new ones come last. ALTER
    /// ATTRIBUTE TYPE is refused while a column holds the type.</summary>
    private static bool AltersInPlace(DiffContext context, UserDefinedType current, UserDefinedType desired)
    {
        var wanted = desired.Attributes.Select(a => a.Name).ToList();
        var kept = current.Attributes.Select(a => a.Name).Where(wanted.Contains).ToList();
        var retyped = current.Attributes.Any(a => desired.Attributes.FirstOrDefault(d => d.Name == a.Name) is { } d
            && (d.Type != a.Type || d.Collation != a.Collation));
        var held = context.CurrentEdges.UsedBy(new ObjectRef(ObjectRefKind.Type, current.Name)).Any(d => d.Kind == ObjectRefKind.Column);
        return wanted.Take(kept.Count).SequenceEqual(kept) && !(retyped && held);
    }

    private static void AlterAttributes(DiffContext context, UserDefinedType current, UserDefinedType desired)
    {
        var changes = new List<AttributeChange>();
        changes.AddRange(current.Attributes.Where(a => !desired.Attributes.Any(d => d.Name == a.Name)).Select(a => new AttributeChange(a, null)));
        foreach (var attribute in desired.Attributes)
        {
            var was = current.Attributes.FirstOrDefault(a => a.Name == attribute.Name);
            if (was is null)
            {
                changes.Add(new AttributeChange(null, attribute));
            }
            else if (was.Type != attribute.Type || was.Collation != attribute.Collation)
            {
                changes.Add(new AttributeChange(was, attribute));
            }
        }

        if (changes.Count > 0)
        {
            context.Add(DiffPhase.CreateTypes, new AlterTypeAttributes(desired.Name, [.. changes]));
        }
    }

    /// <summary>A domain keeps its base type and collation: its default, NOT NULL and checks change by ALTER DOMAIN,
    /// which (unlike DROP DOMAIN) works while columns use it. A check whose expression changed is dropped and added.</summary>
    private static void AlterDomain(DiffContext context, QualifiedName name, Domain current, Domain desired)
    {
        if (current.Default != desired.Default)
        {
            context.Add(DiffPhase.AlterColumns, new SetDomainDefault(name, desired.Default));
        }

        if (current.NotNull != desired.NotNull)
        {
            context.Add(DiffPhase.AlterColumns, new SetDomainNotNull(name, desired.NotNull));
        }

        foreach (var check in current.Checks)
        {
            var wanted = desired.Checks.FirstOrDefault(c => c.Name == check.Name);
            if (wanted is null || wanted with { Comment = null } != check with { Comment = null })
            {
                context.Add(DiffPhase.DropConstraints, new DropDomainCheck(name, check));
            }
        }

        foreach (var check in desired.Checks)
        {
            var was = current.Checks.FirstOrDefault(c => c.Name == check.Name);
            if (was is null || was with { Comment = null } != check with { Comment = null })
            {
                context.Add(DiffPhase.CreateConstraints, new AddDomainCheck(name, check));
            }
        }
    }

    private static EquatableArray<Column> Uncommented(UserDefinedType type) =>
        type.Attributes.Select(a => a with { Comment = null }).ToEquatableArray();

    private static Domain? Uncommented(Domain? domain) =>
        domain is null ? null : domain with { Checks = domain.Checks.Select(c => c with { Comment = null }).ToEquatableArray() };

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
        var aside = desired.Name with { Name = desired.Name.Name + AsideSuffix };
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
                var from = column with { Type = AsideSpelling(column.Type, isArray) };
                var conversion = new ViaText(column.Type, isArray);
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

        context.Add(DiffPhase.DropObjects, new DropType(new UserDefinedType(aside, desired.Kind)) { Aside = true });
    }

    /// <summary>What a recreated type is renamed to while its columns move to the new one.</summary>
    private const string AsideSuffix = "__old";

    /// <summary>A column's type text once its type is renamed aside. The text is format_type's, <c>schema.name</c>
    /// with each part quoted where it must be: the rename changes the last part only, so a schema whose name holds
    /// the type's (<c>moods.mood</c>) keeps its name. The suffix keeps an unquoted name unquoted.</summary>
    private static string AsideSpelling(string type, bool isArray)
    {
        var element = isArray ? type[..^2] : type;
        var aside = element.EndsWith('"') ? element[..^1] + AsideSuffix + "\"" : element + AsideSuffix;
        return isArray ? aside + "[]" : aside;
    }

    private static void Create(DiffContext context, UserDefinedType type)
    {
        context.Add(DiffPhase.CreateTypes, new CreateType(type));
        CommentGrantOwnerDiffer.GrantsOnCreate(context, Target(type), type.Grants);
        CommentGrantOwnerDiffer.Owner(context, Target(type), null, type.Owner);
        Comments(context, null, type);
    }

    private static ObjectTarget Target(UserDefinedType type) =>
        new(type.Kind == TypeKind.Domain ? ObjectRefKind.Domain : ObjectRefKind.Type, type.Name);

    /// <summary>Comments, and the grants of a type that stays (a created one gets its grants in <see cref="Create"/>).</summary>
    private static void Comments(DiffContext context, UserDefinedType? current, UserDefinedType desired)
    {
        if (current is not null)
        {
            CommentGrantOwnerDiffer.Grants(context, Target(desired), current.Grants, desired.Grants);
            CommentGrantOwnerDiffer.Owner(context, Target(desired), current.Owner, desired.Owner);
        }

        CommentGrantOwnerDiffer.Comment(context, Target(desired), current?.Comment, desired.Comment);
        foreach (var attribute in desired.Attributes)
        {
            var was = current?.Attributes.FirstOrDefault(a => a.Name == attribute.Name)?.Comment;
            CommentGrantOwnerDiffer.Comment(context, new ObjectTarget(ObjectRefKind.Column, desired.Name, attribute.Name), was, attribute.Comment);
        }

        foreach (var check in desired.Domain?.Checks ?? [])
        {
            var was = current?.Domain?.Checks.FirstOrDefault(c => c.Name == check.Name)?.Comment;
            CommentGrantOwnerDiffer.Comment(context, new ObjectTarget(ObjectRefKind.DomainConstraint, desired.Name, check.Name), was, check.Comment);
        }
    }
}
