using SurveySchema.Catalog.Rows;
using SurveySchema.Model;

namespace SurveySchema.Catalog.Building;

/// <summary>The privileges query's rows, looked up by object (and column).</summary>
internal sealed class GrantIndex
{
    public const string Schema = "schema";
    public const string Relation = "relation";
    public const string Function = "function";
    public const string Type = "type";

    private readonly ILookup<(string Catalog, uint Oid, string? Column), Grant> grants;

    public GrantIndex(IEnumerable<PrivilegeRow> rows) =>
        grants = rows.ToLookup(
            r => (r.Catalog, r.ObjectOid, r.ColumnName),
            r => new Grant(r.Grantee, r.Privilege, r.Grantable));

    public EquatableArray<Grant> For(string catalog, uint oid) => grants[(catalog, oid, null)].ToEquatableArray();

    public EquatableArray<Grant> ForColumn(uint relationOid, string column) =>
        grants[(Relation, relationOid, column)].ToEquatableArray();
}
