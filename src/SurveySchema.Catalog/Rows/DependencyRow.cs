namespace SurveySchema.Catalog.Rows;

/// <summary>One row of dependencies.sql: a pg_depend edge as two catalog identities, each already moved from a
/// part (a view's rule, a column default, a domain's constraint, an array or row type) to the object it belongs
/// to. <c>ClassId</c> is the catalog the object lives in (pg_class, pg_type, …), <c>SubId</c> a column's attnum
/// (0 for a whole object).</summary>
internal sealed class DependencyRow
{
    public uint ClassId { get; set; }

    public uint ObjectId { get; set; }

    public int SubId { get; set; }

    public uint ReferencedClassId { get; set; }

    public uint ReferencedObjectId { get; set; }

    public int ReferencedSubId { get; set; }
}
