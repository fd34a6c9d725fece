using SurveySchema.Diff;
using SurveySchema.Model;
using static SurveySchema.Tests.Diff.TestModels;
using static SurveySchema.Tests.Scripting.Sql.SqlCases;

namespace SurveySchema.Tests.Scripting.Sql;

/// <summary>Sequences, views, functions, types and domains, triggers and policies (<c>SqlGenerator.Objects.cs</c>).</summary>
[TestFixture]
public sealed class ObjectSqlTests
{
    private static readonly SequenceOptions Ids = new("bigint", 100, 10, 1, 1_000_000, 5, true);

    private static readonly Sequence Numbers = new(Name("point_numbers"), Ids);

    private static readonly Function Touch = new(Name("touch"), "")
    {
        Result = "trigger",
        Language = "plpgsql",
        Definition = "CREATE OR REPLACE FUNCTION public.touch()\n RETURNS trigger\n LANGUAGE plpgsql\nAS $function$BEGIN NEW.updated_at := now(); RETURN NEW; END$function$\n;",
    };

    private static readonly View OpenProjects = new(Name("open_projects"), ViewKind.View) { Definition = " SELECT projects.id\n   FROM projects\n  WHERE NOT projects.is_archived;", Options = ["security_barrier=true"] };

    private static readonly Trigger Touched = new("projects_touch") { Definition = "CREATE TRIGGER projects_touch BEFORE UPDATE ON public.projects FOR EACH ROW EXECUTE FUNCTION touch()" };

    private static readonly DomainCheck Positive = new("positive", "CHECK ((VALUE > (0)::numeric))") { Validated = true };

    public static IEnumerable<TestCaseData> Cases =>
    [
        Case(new CreateSequence(Numbers),
            "CREATE SEQUENCE public.point_numbers AS bigint INCREMENT BY 10 MINVALUE 1 MAXVALUE 1000000 START WITH 100 CACHE 5 CYCLE"),
        Case(new AlterSequence(Numbers.Name, Ids, Ids with { Increment = 1, Cycle = false }),
            "ALTER SEQUENCE public.point_numbers AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 1000000 START WITH 100 CACHE 5 NO CYCLE"),
        Case(new SetSequenceOwner(Numbers.Name, new ColumnReference(Name("survey_points"), "point_number")), "ALTER SEQUENCE public.point_numbers OWNED BY public.survey_points.point_number"),
        Case(new SetSequenceOwner(Numbers.Name, null), "ALTER SEQUENCE public.point_numbers OWNED BY NONE"),
        Case(new DropSequence(Numbers), "DROP SEQUENCE public.point_numbers"),
        Case(new CreateView(OpenProjects),
            "CREATE VIEW public.open_projects WITH (security_barrier=true) AS\nSELECT projects.id\n   FROM projects\n  WHERE NOT projects.is_archived"),
        Case(new CreateView(OpenProjects with { Kind = ViewKind.Materialized, Options = [] }),
            "CREATE MATERIALIZED VIEW public.open_projects AS\nSELECT projects.id\n   FROM projects\n  WHERE NOT projects.is_archived\nWITH DATA"),
        Case(new DropView(OpenProjects), "DROP VIEW public.open_projects"),
        Case(new DropView(OpenProjects with { Kind = ViewKind.Materialized }), "DROP MATERIALIZED VIEW public.open_projects"),
        Case(new CreateFunction(Touch, Replace: true),
            "CREATE OR REPLACE FUNCTION public.touch()\n RETURNS trigger\n LANGUAGE plpgsql\nAS $function$BEGIN NEW.updated_at := now(); RETURN NEW; END$function$\n"),
        Case(new DropFunction(Touch with { IdentityArguments = "integer, text" }), "DROP FUNCTION public.touch(integer, text)"),
        Case(new DropFunction(Touch with { Kind = FunctionKind.Procedure }), "DROP PROCEDURE public.touch()"),
        Case(new CreateType(new UserDefinedType(Name("status"), TypeKind.Enum) { EnumLabels = ["active", "on hold", "it's done"] }),
            "CREATE TYPE public.status AS ENUM ('active', 'on hold', 'it''s done')"),
        Case(new CreateType(new UserDefinedType(Name("station"), TypeKind.Composite) { Attributes = [Column("km", "numeric", 1), Column("label", "text", 2) with { Collation = "\"C\"" }] }),
            "CREATE TYPE public.station AS (km numeric, label text COLLATE \"C\")"),
        Case(new CreateType(new UserDefinedType(Name("floatrange"), TypeKind.Range) { RangeOptions = "subtype = double precision" }),
            "CREATE TYPE public.floatrange AS RANGE (subtype = double precision)"),
        Case(new CreateType(new UserDefinedType(Name("accuracy"), TypeKind.Domain) { Domain = new Domain("numeric") { Default = "0", NotNull = true, Checks = [Positive] } }),
            "CREATE DOMAIN public.accuracy AS numeric DEFAULT 0 NOT NULL CONSTRAINT positive CHECK ((VALUE > (0)::numeric))"),
        Case(new DropType(new UserDefinedType(Name("status"), TypeKind.Enum)), "DROP TYPE public.status"),
        Case(new DropType(new UserDefinedType(Name("accuracy"), TypeKind.Domain)), "DROP DOMAIN public.accuracy"),
        Case(new AddEnumValue(Name("status"), "archived", "on hold", null), "ALTER TYPE public.status ADD VALUE 'archived' BEFORE 'on hold'"),
        Case(new AddEnumValue(Name("status"), "closed", null, "it's done"), "ALTER TYPE public.status ADD VALUE 'closed' AFTER 'it''s done'"),
        Case(new RenameType(Name("status"), "status__old"), "ALTER TYPE public.status RENAME TO status__old"),
        Case(new AlterTypeAttributes(Name("station"), [new AttributeChange(null, Column("offset", "numeric", 3)), new AttributeChange(Column("label", "text", 2), null), new AttributeChange(Column("km", "numeric", 1), Column("km", "double precision", 1))]),
            "ALTER TYPE public.station ADD ATTRIBUTE \"offset\" numeric, DROP ATTRIBUTE label, ALTER ATTRIBUTE km TYPE double precision"),
        Case(new SetDomainDefault(Name("accuracy"), "1"), "ALTER DOMAIN public.accuracy SET DEFAULT 1"),
        Case(new SetDomainDefault(Name("accuracy"), null), "ALTER DOMAIN public.accuracy DROP DEFAULT"),
        Case(new SetDomainNotNull(Name("accuracy"), true), "ALTER DOMAIN public.accuracy SET NOT NULL"),
        Case(new SetDomainNotNull(Name("accuracy"), false), "ALTER DOMAIN public.accuracy DROP NOT NULL"),
        Case(new AddDomainCheck(Name("accuracy"), Positive), "ALTER DOMAIN public.accuracy ADD CONSTRAINT positive CHECK ((VALUE > (0)::numeric))"),
        Case(new DropDomainCheck(Name("accuracy"), Positive), "ALTER DOMAIN public.accuracy DROP CONSTRAINT positive"),
        Case(new CreateTrigger(Name("projects"), Touched), "CREATE TRIGGER projects_touch BEFORE UPDATE ON public.projects FOR EACH ROW EXECUTE FUNCTION touch()"),
        Case(new DropTrigger(Name("projects"), Touched), "DROP TRIGGER projects_touch ON public.projects"),
        Case(new SetTriggerEnabled(Name("projects"), "projects_touch", TriggerEnabled.Disabled), "ALTER TABLE public.projects DISABLE TRIGGER projects_touch"),
        Case(new SetTriggerEnabled(Name("projects"), "projects_touch", TriggerEnabled.Replica), "ALTER TABLE public.projects ENABLE REPLICA TRIGGER projects_touch"),
        Case(new SetTriggerEnabled(Name("projects"), "projects_touch", TriggerEnabled.Always), "ALTER TABLE public.projects ENABLE ALWAYS TRIGGER projects_touch"),
        Case(new SetTriggerEnabled(Name("projects"), "projects_touch", TriggerEnabled.Origin), "ALTER TABLE public.projects ENABLE TRIGGER projects_touch"),
        Case(new CreatePolicy(Name("projects"), new Policy("own_rows") { Command = PolicyCommand.Update, Permissive = true, Roles = ["clerk", "Field Crew"], Using = "(owner = CURRENT_USER)", WithCheck = "(owner = CURRENT_USER)" }),
            "CREATE POLICY own_rows ON public.projects AS PERMISSIVE FOR UPDATE TO clerk, \"Field Crew\" USING ((owner = CURRENT_USER)) WITH CHECK ((owner = CURRENT_USER))"),
        Case(new CreatePolicy(Name("projects"), new Policy("no_archive") { Command = PolicyCommand.All, Permissive = false }),
            "CREATE POLICY no_archive ON public.projects AS RESTRICTIVE FOR ALL TO PUBLIC"),
        Case(new DropPolicy(Name("projects"), new Policy("own_rows")), "DROP POLICY own_rows ON public.projects"),
    ];

    [TestCaseSource(nameof(Cases))]
    public void An_operation_becomes_its_statements(Operation operation, string[] sql) => AssertGenerates(operation, sql);
}
