using SurveySchema.Diff;
using SurveySchema.Model;
using static SurveySchema.Tests.Diff.TestModels;
using static SurveySchema.Tests.Scripting.Sql.SqlCases;

namespace SurveySchema.Tests.Scripting.Sql;

/// <summary>Constraints and indexes (<c>SqlGenerator.Constraints.cs</c>).</summary>
[TestFixture]
public sealed class ConstraintSqlTests
{
    private static readonly QualifiedName Points = Name("survey_points");

    private static readonly Constraint Accuracy = new("accuracy_positive", ConstraintKind.Check) { Columns = ["accuracy"], Definition = "CHECK ((accuracy >= (0)::numeric)) NOT VALID" };

    private static readonly TableIndex ByCode = new("survey_points_code") { Keys = ["code"], Unique = true, Definition = "CREATE UNIQUE INDEX survey_points_code ON public.survey_points USING btree (code)" };

    public static IEnumerable<TestCaseData> Cases =>
    [
        Case(new AddConstraint(Points, PrimaryKey("survey_points_pkey", "id")), "ALTER TABLE public.survey_points ADD CONSTRAINT survey_points_pkey PRIMARY KEY (id)"),
        Case(new AddConstraint(Points, Accuracy), "ALTER TABLE public.survey_points ADD CONSTRAINT accuracy_positive CHECK ((accuracy >= (0)::numeric))"),
        Case(new AddConstraint(Points, Accuracy) { NotValid = true }, "ALTER TABLE public.survey_points ADD CONSTRAINT accuracy_positive CHECK ((accuracy >= (0)::numeric)) NOT VALID"),
        Case(new DropConstraint(Points, Accuracy), "ALTER TABLE public.survey_points DROP CONSTRAINT accuracy_positive"),
        Case(new ValidateConstraint(Points, "accuracy_positive"), "ALTER TABLE public.survey_points VALIDATE CONSTRAINT accuracy_positive"),
        Case(new AddNotNullCheck(Points, "code", "survey_points_code_not_null"),
            "ALTER TABLE public.survey_points ADD CONSTRAINT survey_points_code_not_null CHECK (code IS NOT NULL) NOT VALID"),
        Case(new CreateIndex(Points, ByCode), "CREATE UNIQUE INDEX survey_points_code ON public.survey_points USING btree (code)"),
        Case(new CreateIndex(Points, ByCode) { Concurrently = true }, "CREATE UNIQUE INDEX CONCURRENTLY survey_points_code ON public.survey_points USING btree (code)"),
        Case(new CreateIndex(Name("readings"), new TableIndex("readings_taken") { Keys = ["taken"], Definition = "CREATE INDEX readings_taken ON ONLY public.readings USING btree (taken)" }),
            "CREATE INDEX readings_taken ON public.readings USING btree (taken)"),
        Case(new DropIndex(Points, ByCode), "DROP INDEX public.survey_points_code"),
        Case(new DropIndex(Points, ByCode) { Concurrently = true }, "DROP INDEX CONCURRENTLY public.survey_points_code"),
    ];

    [TestCaseSource(nameof(Cases))]
    public void An_operation_becomes_its_statements(Operation operation, string[] sql) => AssertGenerates(operation, sql);
}
