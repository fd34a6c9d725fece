using SurveySchema.Parsing;
using SurveySchema.Parsing.Dependencies;

namespace SurveySchema.Scripting.Drift;

/// <summary>Finds where the project declares an object, from the parse's <see cref="ObjectDeclaration"/>s (what
/// each statement creates, where it names it).</summary>
/// <remarks>Looked up by PostgreSQL's name spaces (tables, views, sequences and indexes share one), so a name from
/// the catalog finds its declaration whatever CREATE statement made it. Routines are matched by name when their
/// signatures are spelled differently on the two sides (the catalog's <c>p_id uuid</c> against the parse's
/// <c>uuid</c>).</remarks>
public sealed class DeclarationIndex
{
    private readonly Dictionary<Key, List<ObjectDeclaration>> declarations = [];

    public DeclarationIndex(IEnumerable<ObjectDeclaration> declarations)
    {
        ArgumentNullException.ThrowIfNull(declarations);
        foreach (var declaration in declarations)
        {
            var key = KeyOf(declaration.Name);
            if (!this.declarations.TryGetValue(key, out var list))
            {
                this.declarations[key] = list = [];
            }

            list.Add(declaration);
        }
    }

    public static DeclarationIndex Empty { get; } = new([]);

    /// <summary>The declaration of the first candidate the project declares; null when it declares none.</summary>
    public SourceLocation? Find(IEnumerable<SchemaObjectName> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        foreach (var candidate in candidates)
        {
            if (declarations.TryGetValue(KeyOf(candidate), out var found))
            {
                return (found.FirstOrDefault(d => d.Name.Signature == candidate.Signature) ?? found[0]).Location;
            }
        }

        return null;
    }

    private static Key KeyOf(SchemaObjectName name) => new(SpaceOf(name), name.Schema, name.Name, name.Table);

    /// <summary>PostgreSQL's name space of a kind: two names in one space with the same schema and name are one object.</summary>
    private static string SpaceOf(SchemaObjectName name) => name.Kind switch
    {
        SchemaObjectKind.Relation or SchemaObjectKind.Table or SchemaObjectKind.View or SchemaObjectKind.MaterializedView
            or SchemaObjectKind.Sequence or SchemaObjectKind.Index or SchemaObjectKind.ForeignTable => "relation",
        SchemaObjectKind.Other => "other " + name.Label,
        var kind => kind.ToString(),
    };

    private readonly record struct Key(string Space, string? Schema, string Name, string? Table);
}
