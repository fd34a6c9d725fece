namespace SurveySchema.Catalog;

/// <summary>One catalog query, kept as a <c>.sql</c> file under Queries/ and embedded in the assembly.
/// Each returns its object kind for the whole database in one round trip.</summary>
internal sealed record CatalogQuery(string Name, string Sql)
{
    public static readonly CatalogQuery Schemas = Load("schemas");
    public static readonly CatalogQuery Extensions = Load("extensions");
    public static readonly CatalogQuery Relations = Load("relations");
    public static readonly CatalogQuery Sequences = Load("sequences");
    public static readonly CatalogQuery Functions = Load("functions");
    public static readonly CatalogQuery Types = Load("types");
    public static readonly CatalogQuery Columns = Load("columns");
    public static readonly CatalogQuery Constraints = Load("constraints");
    public static readonly CatalogQuery Indexes = Load("indexes");
    public static readonly CatalogQuery Triggers = Load("triggers");
    public static readonly CatalogQuery Policies = Load("policies");
    public static readonly CatalogQuery Privileges = Load("privileges");
    public static readonly CatalogQuery Aggregates = Load("aggregates");
    public static readonly CatalogQuery Collations = Load("collations");
    public static readonly CatalogQuery Dependencies = Load("dependencies");
    public static readonly CatalogQuery DefaultPrivileges = Load("default_privileges");
    public static readonly CatalogQuery Roles = Load("roles");
    public static readonly CatalogQuery RowEstimates = Load("row_estimates");

    /// <summary>Where the query lives in the source tree, for error messages.</summary>
    public string Path => $"Queries/{Name}.sql";

    private static CatalogQuery Load(string name)
    {
        var resource = $"Queries/{name}.sql";
        using var stream = typeof(CatalogQuery).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"the catalog query {resource} is not embedded in {typeof(CatalogQuery).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return new CatalogQuery(name, reader.ReadToEnd());
    }
}
