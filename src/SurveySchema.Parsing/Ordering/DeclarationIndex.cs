using SurveySchema.Parsing.Dependencies;

namespace SurveySchema.Parsing.Ordering;

/// <summary>A declaration: which statement (by index) creates the object; <see cref="Extension"/> is set
/// when a declared extension provides it.</summary>
internal sealed record Declaration(int Statement, CreatedObject Created, string? Extension = null);

/// <summary>Every declared object by name; of a name declared twice, the first declaration counts (whether
/// the second is an error is PostgreSQL's to say, when the shadow build runs it).</summary>
internal sealed class DeclarationIndex
{
    private readonly Dictionary<ObjectKey, Declaration> _byKey = [];

    /// <summary>Lookup ignores function signatures (a call matches every overload) and the Relation /
    /// Table distinction (one name space).</summary>
    private readonly Dictionary<(ObjectNamespace, string?, string, string?), List<Declaration>> _byName = [];

    public void Add(Declaration declaration)
    {
        var name = declaration.Created.Name;
        var key = name.Key with { Label = name.Kind == SchemaObjectKind.Other ? name.Label : null };
        if (_byKey.ContainsKey(key))
        {
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
