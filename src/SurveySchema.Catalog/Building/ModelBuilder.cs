using SurveySchema.Catalog.Rows;
using SurveySchema.Model;

namespace SurveySchema.Catalog.Building;

/// <summary>Turns the catalog snapshot's rows into the immutable model, in canonical order.</summary>
internal static class ModelBuilder
{
    public static DatabaseModel Build(CatalogSnapshot snapshot)
    {
        var grants = new GrantIndex(snapshot.Privileges);
        var relations = new RelationBuilder(snapshot, grants);

        var model = new DatabaseModel
        {
            Schemas = snapshot.Schemas
                .Select(row => new Schema(row.Name) { Grants = grants.For(GrantIndex.Schema, row.Oid), Owner = row.Owner, Comment = row.Comment })
                .ToEquatableArray(),
            Extensions = snapshot.Extensions.Select(row => new Extension(row.Name, row.Version, row.Schema)).ToEquatableArray(),
            Types = snapshot.Types.Select(row => Type(row, relations) with { Grants = grants.For(GrantIndex.Type, row.Oid) }).ToEquatableArray(),
            Sequences = snapshot.Sequences.Select(row => Sequence(row, grants)).ToEquatableArray(),
            Tables = snapshot.Relations.Where(row => row.Kind is "r" or "p").Select(relations.Table).ToEquatableArray(),
            Views = snapshot.Relations.Where(row => row.Kind is "v" or "m").Select(relations.View).ToEquatableArray(),
            Functions = snapshot.Functions.Select(row => Function(row, grants)).ToEquatableArray(),
            Aggregates = snapshot.Aggregates.Select(row => AggregateBuilder.Aggregate(row, grants)).ToEquatableArray(),
            Collations = snapshot.Collations.Select(CollationBuilder.Collation).ToEquatableArray(),
            Dependencies = DependencyBuilder.Build(snapshot),
            Roles = SecurityBuilder.Roles(snapshot.Roles),
            DefaultPrivileges = SecurityBuilder.DefaultPrivileges(snapshot.DefaultPrivileges),
        };
        return model.ToCanonical();
    }

    private static UserDefinedType Type(TypeRow row, RelationBuilder relations)
    {
        var name = new QualifiedName(row.Schema, row.Name);
        var objectName = $"type {name}";
        var kind = CatalogCodes.TypeKind(row.Kind, objectName);
        return new UserDefinedType(name, kind)
        {
            EnumLabels = row.EnumLabels.ToEquatableArray(),
            Domain = kind != TypeKind.Domain ? null : new Domain(row.BaseType!)
            {
                Default = row.Default,
                NotNull = row.NotNull,
                Collation = row.Collation,
                Checks = row.CheckNames
                    .Select((checkName, i) => new DomainCheck(checkName, row.CheckDefinitions[i])
                    {
                        Validated = row.CheckValidated[i],
                        Comment = row.CheckComments[i],
                    })
                    .ToEquatableArray(),
            },
            Attributes = kind == TypeKind.Composite ? relations.Columns(row.RelationOid, objectName) : [],
            Owner = row.Owner,
            RangeOptions = row.RangeOptions,
            Comment = row.Comment,
        };
    }

    private static Sequence Sequence(SequenceRow row, GrantIndex grants)
    {
        var name = new QualifiedName(row.Schema, row.Name);
        return new Sequence(
            name,
            new SequenceOptions(row.DataType, row.Start, row.Increment, row.MinValue, row.MaxValue, row.Cache, row.Cycle))
        {
            Persistence = CatalogCodes.Persistence(row.Persistence, $"sequence {name}"),
            OwnedBy = row.OwnedByColumn is null
                ? null
                : new ColumnReference(new QualifiedName(row.OwnedBySchema!, row.OwnedByTable!), row.OwnedByColumn),
            Grants = grants.For(GrantIndex.Relation, row.Oid),
            // A sequence owned by a column has its table's owner: ALTER TABLE … OWNER TO moves both.
            Owner = row.OwnedByColumn is null ? row.Owner : null,
            Comment = row.Comment,
        };
    }

    private static Function Function(FunctionRow row, GrantIndex grants)
    {
        var name = new QualifiedName(row.Schema, row.Name);
        var objectName = $"function {name}({row.IdentityArguments})";
        return new Function(name, row.IdentityArguments)
        {
            Kind = CatalogCodes.FunctionKind(row.Kind, objectName),
            Arguments = row.Arguments,
            Result = row.Result,
            Language = row.Language,
            Volatility = CatalogCodes.Volatility(row.Volatility, objectName),
            Strict = row.Strict,
            SecurityDefiner = row.SecurityDefiner,
            Definition = row.Definition,
            Grants = grants.For(GrantIndex.Function, row.Oid),
            Owner = row.Owner,
            Comment = row.Comment,
        };
    }
}
