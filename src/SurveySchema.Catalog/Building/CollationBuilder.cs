using SurveySchema.Catalog.Rows;
using SurveySchema.Model;

namespace SurveySchema.Catalog.Building;

/// <summary>Collations from their rows.</summary>
internal static class CollationBuilder
{
    public static Collation Collation(CollationRow row)
    {
        var name = new QualifiedName(row.Schema, row.Name);
        var provider = row.Provider switch
        {
            "c" => CollationProvider.Libc,
            "i" => CollationProvider.Icu,
            _ => throw new CatalogReadException($"collation {name}: unknown provider '{row.Provider}' in the catalog"),
        };
        var locale = provider == CollationProvider.Icu ? row.IcuLocale ?? "" : row.LcCollate ?? "";
        return new Collation(name)
        {
            Provider = provider,
            Locale = locale,
            CharacterClassification = provider == CollationProvider.Libc && row.LcCtype != row.LcCollate ? row.LcCtype : null,
            Deterministic = row.Deterministic,
            Comment = row.Comment,
        };
    }
}
