using SurveySchema.Catalog.Rows;
using SurveySchema.Model;

namespace SurveySchema.Catalog.Building;

/// <summary>Columns of tables and views, and attributes of composite types.</summary>
internal static class ColumnBuilder
{
    public static EquatableArray<Column> Build(IEnumerable<ColumnRow> rows, string owner, GrantIndex grants) =>
        rows.Select(row => Build(row, owner, grants)).ToEquatableArray();

    private static Column Build(ColumnRow row, string owner, GrantIndex grants)
    {
        var objectName = $"column {row.Name} of {owner}";
        return new Column(row.Name, row.Type)
        {
            Ordinal = row.Ordinal,
            NotNull = row.NotNull,
            Default = row.Default,
            DefaultIsVolatile = row.DefaultIsVolatile,
            Identity = Identity(row, objectName),
            Generated = row.Generated,
            Collation = row.Collation,
            TypeFacts = new ColumnType(new QualifiedName(row.TypeSchema, row.TypeName), row.TypeModifier)
            {
                IsArray = row.TypeIsArray,
                Extension = row.TypeExtension,
            },
            IsInherited = row.IsInherited,
            Grants = grants.ForColumn(row.RelationOid, row.Name),
            Comment = row.Comment,
        };
    }

    private static ColumnIdentity? Identity(ColumnRow row, string objectName)
    {
        if (CatalogCodes.Identity(row.Identity, objectName) is not { } generation)
        {
            return null;
        }

        if (row.IdentityDataType is null)
        {
            throw new CatalogReadException($"{objectName}: identity column without its sequence in the catalog");
        }

        return new ColumnIdentity(generation, new SequenceOptions(
            row.IdentityDataType,
            row.IdentityStart.GetValueOrDefault(),
            row.IdentityIncrement.GetValueOrDefault(),
            row.IdentityMinValue.GetValueOrDefault(),
            row.IdentityMaxValue.GetValueOrDefault(),
            row.IdentityCache.GetValueOrDefault(),
            row.IdentityCycle.GetValueOrDefault()));
    }
}
