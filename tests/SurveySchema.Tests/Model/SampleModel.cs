using SurveySchema.Model;

namespace SurveySchema.Tests.Model;

/// <summary>A small model that uses every kind of object and most optional members.</summary>
internal static class SampleModel
{
    public static readonly QualifiedName Projects = new("public", "projects");
    public static readonly QualifiedName Points = new("public", "survey_points");

    public static DatabaseModel Create() => new DatabaseModel
    {
        Schemas =
        [
            new Schema("public") { Grants = [new Grant("PUBLIC", "USAGE")], Comment = "standard public schema" },
            new Schema("field data"),
        ],
        Extensions = [new Extension("postgis", "3.3.2", "public"), new Extension("uuid-ossp", "1.1", "public")],
        Types =
        [
            new UserDefinedType(new QualifiedName("public", "status"), TypeKind.Enum) { EnumLabels = ["proposed", "active", "closed"] },
            new UserDefinedType(new QualifiedName("public", "accuracy"), TypeKind.Domain)
            {
                Domain = new Domain("numeric(8,3)") { NotNull = true, Checks = [new DomainCheck("accuracy_check", "CHECK ((VALUE >= (0)::numeric))")] },
            },
        ],
        Sequences =
        [
            new Sequence(new QualifiedName("public", "tickets_id_seq"), new SequenceOptions("integer", 1, 1, 1, int.MaxValue, 1, false))
            {
                OwnedBy = new ColumnReference(new QualifiedName("public", "tickets"), "id"),
            },
        ],
        Tables =
        [
            new Table(Projects)
            {
                Columns =
                [
                    new Column("id", "uuid") { Ordinal = 1, NotNull = true, Default = "public.uuid_generate_v4()" },
                    new Column("boundary", "public.geometry(MultiPolygon,2277)")
                    {
                        Ordinal = 2,
                        TypeFacts = TestTypes.Spatial(new SpatialType(SpatialKind.Geometry, "MULTIPOLYGON", false, false, 2277)),
                        Comment = "project boundary",
                    },
                    new Column("status", "text") { Ordinal = 3, Collation = "\"C\"", Grants = [new Grant("reader", "SELECT")] },
                ],
                Constraints =
                [
                    new Constraint("pk_projects", ConstraintKind.PrimaryKey) { Columns = ["id"], Definition = "PRIMARY KEY (id)" },
                ],
                Indexes =
                [
                    new TableIndex("pk_projects") { Keys = ["id"], Unique = true, Constraint = "pk_projects", Definition = "CREATE UNIQUE INDEX pk_projects ON public.projects USING btree (id)" },
                    new TableIndex("idx_projects_boundary") { Method = "gist", Keys = ["boundary"], Definition = "CREATE INDEX idx_projects_boundary ON public.projects USING gist (boundary)" },
                ],
                RowLevelSecurity = true,
                Policies = [new Policy("projects_read") { Command = PolicyCommand.Select, Roles = ["PUBLIC"], Using = "true" }],
                Grants = [new Grant("reader", "SELECT"), new Grant("editor", "UPDATE", Grantable: true)],
                Comment = "survey jobs",
            },
            new Table(Points)
            {
                Columns =
                [
                    new Column("id", "bigint")
                    {
                        Ordinal = 1,
                        NotNull = true,
                        Identity = new ColumnIdentity(IdentityGeneration.Always, new SequenceOptions("bigint", 1, 1, 1, long.MaxValue, 1, false)),
                    },
                    new Column("project_id", "uuid") { Ordinal = 2, NotNull = true },
                    new Column("geom", "public.geometry(PointZ,2277)")
                    {
                        Ordinal = 3,
                        NotNull = true,
                        TypeFacts = TestTypes.Spatial(new SpatialType(SpatialKind.Geometry, "POINT", true, false, 2277)),
                    },
                ],
                Constraints =
                [
                    new Constraint("fk_points_project", ConstraintKind.ForeignKey)
                    {
                        Columns = ["project_id"],
                        Definition = "FOREIGN KEY (project_id) REFERENCES public.projects(id) ON DELETE CASCADE",
                        ForeignKey = new ForeignKey(Projects, ["id"], ReferentialAction.NoAction, ReferentialAction.Cascade, ForeignKeyMatch.Simple),
                        Validated = false,
                    },
                ],
                Triggers = [new Trigger("points_touch") { Definition = "CREATE TRIGGER points_touch BEFORE UPDATE ON public.survey_points FOR EACH ROW EXECUTE FUNCTION public.touch()" }],
            },
        ],
        Views =
        [
            new View(new QualifiedName("public", "point_counts"), ViewKind.Materialized)
            {
                Definition = " SELECT count(*) AS n\n   FROM public.survey_points;",
                Columns = [new Column("n", "bigint") { Ordinal = 1 }],
                Indexes = [new TableIndex("point_counts_n") { Keys = ["n"], Definition = "CREATE INDEX point_counts_n ON public.point_counts USING btree (n)" }],
            },
        ],
        Functions =
        [
            new Function(new QualifiedName("public", "touch"), "")
            {
                Result = "trigger",
                Language = "plpgsql",
                Definition = "CREATE OR REPLACE FUNCTION public.touch()\n RETURNS trigger\n LANGUAGE plpgsql\nAS $function$ BEGIN RETURN NEW; END $function$\n",
                Grants = [new Grant("PUBLIC", "EXECUTE")],
            },
            new Function(new QualifiedName("public", "add"), "a integer, b integer")
            {
                Arguments = "a integer, b integer",
                Result = "integer",
                Volatility = Volatility.Immutable,
                Strict = true,
                Definition = "CREATE OR REPLACE FUNCTION public.add(a integer, b integer) ...",
            },
        ],
    }.ToCanonical();
}
