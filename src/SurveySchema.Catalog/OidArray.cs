using System.Data;
using Dapper;
using Npgsql;
using NpgsqlTypes;

namespace SurveySchema.Catalog;

/// <summary>A query parameter of type <c>oid[]</c>: how the first queries hand the set of covered schemas
/// and relations to the later ones (Npgsql does not infer <c>oid[]</c> from <c>uint[]</c> by itself).</summary>
internal sealed class OidArray(IEnumerable<uint> oids) : SqlMapper.ICustomQueryParameter
{
    private readonly uint[] oids = [.. oids];

    public void AddParameter(IDbCommand command, string name) =>
        command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Array | NpgsqlDbType.Oid) { Value = oids });
}
