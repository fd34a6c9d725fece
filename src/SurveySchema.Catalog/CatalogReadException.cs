namespace SurveySchema.Catalog;

/// <summary>Reading the catalog failed; the message names the query or the object concerned.</summary>
public sealed class CatalogReadException : Exception
{
    public CatalogReadException(string message)
        : base(message)
    {
    }

    public CatalogReadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
