using SurveySchema.Diff;
using SurveySchema.Model;
using static SurveySchema.Tests.Diff.TestModels;
using static SurveySchema.Tests.Scripting.Sql.SqlCases;

namespace SurveySchema.Tests.Scripting.Sql;

/// <summary>COMMENT ON, GRANT, REVOKE and OWNER TO (<c>SqlGenerator.Security.cs</c>), each in the form its object
/// kind takes.</summary>
[TestFixture]
public sealed class SecuritySqlTests
{
    public static IEnumerable<TestCaseData> Cases =>
    [
        Case(new SetComment(new ObjectTarget(ObjectRefKind.Column, Name("projects"), "name"), "the project's name", null),
            "COMMENT ON COLUMN public.projects.name IS 'the project''s name'"),
        Case(new SetComment(new ObjectTarget(ObjectRefKind.Constraint, Name("projects"), "projects_pkey"), null, "was"),
            "COMMENT ON CONSTRAINT projects_pkey ON public.projects IS NULL"),
        Case(new SetComment(new ObjectTarget(ObjectRefKind.Schema, new QualifiedName("field", "")), "field crews", null), "COMMENT ON SCHEMA field IS 'field crews'"),
        Case(new SetComment(new ObjectTarget(ObjectRefKind.Function, Name("touch"), "integer, text"), "sets updated_at", null),
            "COMMENT ON FUNCTION public.touch(integer, text) IS 'sets updated_at'"),
        Case(new GrantPrivilege(new ObjectTarget(ObjectRefKind.Table, Name("projects")), new Grant("reader", "SELECT")), "GRANT SELECT ON TABLE public.projects TO reader"),
        Case(new GrantPrivilege(new ObjectTarget(ObjectRefKind.Column, Name("projects"), "name"), new Grant("editor", "UPDATE", Grantable: true)),
            "GRANT UPDATE (name) ON TABLE public.projects TO editor WITH GRANT OPTION"),
        Case(new GrantPrivilege(new ObjectTarget(ObjectRefKind.Sequence, Name("ids")), new Grant(Grant.Public, "USAGE")), "GRANT USAGE ON SEQUENCE public.ids TO PUBLIC"),
        Case(new RevokePrivilege(new ObjectTarget(ObjectRefKind.Function, Name("touch"), ""), new Grant(Grant.Public, "EXECUTE")), "REVOKE EXECUTE ON FUNCTION public.touch() FROM PUBLIC"),
        Case(new RevokePrivilege(new ObjectTarget(ObjectRefKind.Schema, new QualifiedName("field", "")), new Grant("Field Crew", "CREATE")), "REVOKE CREATE ON SCHEMA field FROM \"Field Crew\""),
        Case(new AlterOwner(new ObjectTarget(ObjectRefKind.Table, Name("projects")), "survey_owner", null), "ALTER TABLE public.projects OWNER TO survey_owner"),
        Case(new AlterOwner(new ObjectTarget(ObjectRefKind.View, Name("open_projects")), null, "someone"), "ALTER VIEW public.open_projects OWNER TO CURRENT_USER"),
    ];

    [TestCaseSource(nameof(Cases))]
    public void An_operation_becomes_its_statements(Operation operation, string[] sql) => AssertGenerates(operation, sql);
}
