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
            Identity = Identity(row, objectName),
            Generated = row.Generated,
            Collation = row.Collation,
            Spatial = row.SpatialKind switch
            {
                null => null,
                "geometry" => SpatialTypeText.Parse(SpatialKind.Geometry, row.Type),
                "geography" => SpatialTypeText.Parse(SpatialKind.Geography, row.Type),
                var other => throw new CatalogReadException($"{objectName}: unknown spatial type '{other}'"),
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
