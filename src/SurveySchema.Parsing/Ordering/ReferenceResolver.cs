using SurveySchema.Parsing.Dependencies;

namespace SurveySchema.Parsing.Ordering;

/// <summary>The outcome of resolving one reference: the declarations it depends on (empty for built-ins),
/// or <see cref="IsUnknown"/> when nothing declares or provides it.</summary>
internal sealed record Resolution(IReadOnlyList<Declaration> Declarations, bool IsUnknown)
{
    public static Resolution BuiltIn { get; } = new([], false);

    public static Resolution Unknown { get; } = new([], true);
}

/// <summary>Finds what declares a referenced object, following PostgreSQL's default search path
/// (<c>"$user", public</c>, with pg_catalog searched first): an unqualified name is a project object in
/// <c>public</c> or a built-in.</summary>
internal sealed class ReferenceResolver(DeclarationIndex declarations, BuiltInCatalog builtIns, IReadOnlySet<string> uncheckedSchemas)
{
    private static readonly HashSet<string> SystemSchemas = new(StringComparer.Ordinal)
    {
        "pg_catalog", "information_schema", "pg_toast",
    };

    public Resolution Resolve(ObjectReference reference)
    {
        var target = reference.Target;
        if (target.Schema is { } schema && SystemSchemas.Contains(schema))
        {
            return Resolution.BuiltIn;
        }

        var space = target.Kind.Namespace();
        var found = target.Kind switch
        {
            // A type may also be a table's or view's row type.
            SchemaObjectKind.Type => [.. declarations.Find(ObjectNamespace.Type, target.Schema, target.Name), .. declarations.Find(ObjectNamespace.Relation, target.Schema, target.Name)],
            _ => declarations.Find(space, target.Schema, target.Name, target.Table),
        };
        if (found.Count > 0)
        {
            return new Resolution(found, false);
        }

        if (IsBuiltIn(reference) || reference.Check == ReferenceCheck.OrderingOnly
            || (target.Schema is { } targetSchema && uncheckedSchemas.Contains(targetSchema)))
        {
            return Resolution.BuiltIn;
        }

        return Resolution.Unknown;
    }

    private bool IsBuiltIn(ObjectReference reference)
    {
        var target = reference.Target;
        return target.Kind switch
        {
            SchemaObjectKind.Schema => target.Name == SchemaObjectName.DefaultSchema || SystemSchemas.Contains(target.Name),
            SchemaObjectKind.Role => true,
            SchemaObjectKind.Type => reference.IsUnqualified && (builtIns.IsBuiltInType(target.Name) || !builtIns.IsComplete),
            SchemaObjectKind.Function => reference.IsUnqualified && (builtIns.IsBuiltInFunction(target.Name) || !builtIns.IsComplete),
            _ when target.Kind.Namespace() == ObjectNamespace.Relation => reference.IsUnqualified && builtIns.IsBuiltInRelation(target.Name),
            _ => false,
        };
    }
}
