using SurveySchema.Parsing.Dependencies;

namespace SurveySchema.Parsing.Ordering;

/// <summary>A declaration: which statement (by index) creates the object; <see cref="Extension"/> is set
/// when a declared extension provides it.</summary>
internal sealed record Declaration(int Statement, CreatedObject Created, string? Extension = null);

/// <summary>Every declared object by name, and the duplicates found while indexing.</summary>
internal sealed class DeclarationIndex
{
    private readonly Dictionary<ObjectKey, Declaration> _byKey = [];

    /// <summary>Lookup ignores function signatures (a call matches every overload) and the Relation /
    /// Table distinction (one name space).</summary>
    private readonly Dictionary<(ObjectNamespace, string?, string, string?), List<Declaration>> _byName = [];

    private readonly List<(Declaration First, Declaration Second)> _duplicates = [];

    public IReadOnlyList<(Declaration First, Declaration Second)> Duplicates => _duplicates;

    public void Add(Declaration declaration)
    {
        var name = declaration.Created.Name;
        var key = name.Key with { Label = name.Kind == SchemaObjectKind.Other ? name.Label : null };
        if (_byKey.TryGetValue(key, out var existing))
        {
            if (!declaration.Created.Implicit && !existing.Created.Implicit && existing.Statement != declaration.Statement)
            {
                _duplicates.Add((existing, declaration));
            }

            return;
        }

        _byKey[key] = declaration;
        var lookup = (key.Namespace, name.Schema, name.Name, name.Table);
        if (!_byName.TryGetValue(lookup, out var list))
        {
            _byName[lookup] = list = [];
        }

        list.Add(declaration);
    }

    public IReadOnlyList<Declaration> Find(ObjectNamespace space, string? schema, string name, string? table = null)
        => _byName.TryGetValue((space, schema, name, table), out var list) ? list : [];
}
