using SurveySchema.Model;

namespace SurveySchema.Tests.Model;

/// <summary>Models of any number of tables, for the serialisation paths that batch or share tables.</summary>
internal static class WideModel
{
    /// <summary>Many tables whose columns are declared out of name order, with column grants, comments that repeat,
    /// and dependencies between them: enough JSON to cross the serialiser's flush threshold many times.</summary>
    public static DatabaseModel Create(int tables) => new()
    {
        Schemas = [new Schema("public") { Comment = "standard public schema" }],
        Tables = [.. Enumerable.Range(0, tables).Select(i => new Table(new QualifiedName("public", $"t{tables - i:D4}"))
        {
            Columns =
            [
                new Column("zeta", "text") { Ordinal = 1, Comment = "Free text." },
                new Column("id", "uuid") { Ordinal = 2, NotNull = true, Default = "public.uuid_generate_v4()", Comment = "Surrogate key (uuid v4)." },
                new Column("alpha", "integer") { Ordinal = 3, Grants = [new Grant("reader", "SELECT"), new Grant("PUBLIC", "SELECT")] },
            ],
            Constraints = [new Constraint($"t{i}_pkey", ConstraintKind.PrimaryKey) { Columns = ["id"], Definition = "PRIMARY KEY (id)" }],
            Indexes = [new TableIndex($"t{i}_pkey") { Method = "btree", Keys = ["id"], Unique = true, Constraint = $"t{i}_pkey", Definition = $"CREATE UNIQUE INDEX t{i}_pkey ON public.t{i} USING btree (id)" }],
            Comment = $"Table number {i}.",
        })],
        Dependencies = [.. Enumerable.Range(1, tables - 1).Select(i => new Dependency(
            new ObjectRef(ObjectRefKind.Table, new QualifiedName("public", $"t{i:D4}")),
            new ObjectRef(ObjectRefKind.Table, new QualifiedName("public", $"t{i + 1:D4}"))))],
    };
}
