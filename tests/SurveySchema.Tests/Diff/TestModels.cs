using SurveySchema.Model;

namespace SurveySchema.Tests.Diff;

/// <summary>Small models for the pure-stage tests, in the catalog reader's spelling.</summary>
internal static class TestModels
{
    public static QualifiedName Name(string name) => new("public", name);

    public static Column Column(string name, string type, int ordinal, bool notNull = false) =>
        new(name, type) { Ordinal = ordinal, NotNull = notNull };

    public static Column Geometry(string name, string geometryType, bool z, int srid, int ordinal)
    {
        var modifier = geometryType[0] + geometryType[1..].ToLowerInvariant() + (z ? "Z" : "");
        return new Column(name, $"public.geometry({modifier},{srid})")
        {
            Ordinal = ordinal,
            TypeFacts = TestTypes.Spatial(new SpatialType(SpatialKind.Geometry, geometryType, z, false, srid)),
        };
    }

    public static Table Table(string name, params Column[] columns) =>
        new(Name(name)) { Columns = [.. columns] };

    public static Constraint PrimaryKey(string name, params string[] columns) =>
        new(name, ConstraintKind.PrimaryKey) { Columns = [.. columns], Definition = $"PRIMARY KEY ({string.Join(", ", columns)})" };

    public static Constraint ForeignKey(string name, string column, string referenced) =>
        new(name, ConstraintKind.ForeignKey)
        {
            Columns = [column],
            Definition = $"FOREIGN KEY ({column}) REFERENCES public.{referenced}(id)",
            ForeignKey = new ForeignKey(Name(referenced), ["id"], ReferentialAction.NoAction, ReferentialAction.NoAction, ForeignKeyMatch.Simple),
        };

    public static TableIndex Index(string table, string name, string column, string method = "btree") =>
        new(name) { Method = method, Keys = [column], Definition = $"CREATE INDEX {name} ON public.{table} USING {method} ({column})" };

    public static DatabaseModel Db(params Table[] tables) =>
        new DatabaseModel { Schemas = [new Schema("public")], Tables = [.. tables] }.ToCanonical();
}
