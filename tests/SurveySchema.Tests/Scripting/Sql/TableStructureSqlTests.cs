using SurveySchema.Diff;
using SurveySchema.Model;
using static SurveySchema.Tests.Diff.TestModels;
using static SurveySchema.Tests.Scripting.Sql.SqlCases;

namespace SurveySchema.Tests.Scripting.Sql;

/// <summary>Persistence, partitions, inheritance and the change left to a person (<c>SqlGenerator.Tables.cs</c>).</summary>
[TestFixture]
public sealed class TableStructureSqlTests
{
    private static readonly PartitionOf Year2024 = new(Name("readings"), "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')");

    public static IEnumerable<TestCaseData> Cases =>
    [
        Case(new SetPersistence(Name("staging"), Persistence.Unlogged, Persistence.Permanent), "ALTER TABLE public.staging SET UNLOGGED"),
        Case(new SetPersistence(Name("staging"), Persistence.Permanent, Persistence.Unlogged), "ALTER TABLE public.staging SET LOGGED"),
        Case(new AttachPartition(Name("readings_2024"), Year2024),
            "ALTER TABLE public.readings ATTACH PARTITION public.readings_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')"),
        Case(new DetachPartition(Name("readings_2024"), Year2024), "ALTER TABLE public.readings DETACH PARTITION public.readings_2024"),
        Case(new InheritTable(Name("child"), Name("parent")), "ALTER TABLE public.child INHERIT public.parent"),
        Case(new NoInheritTable(Name("child"), Name("parent")), "ALTER TABLE public.child NO INHERIT public.parent"),
        Case(new ManualTableChange(Name("readings"), "rebuild public.readings by hand; it's partitioned"),
            "DO $manual$ BEGIN RAISE EXCEPTION '%', 'rebuild public.readings by hand; it''s partitioned'; END $manual$"),
    ];

    [TestCaseSource(nameof(Cases))]
    public void An_operation_becomes_its_statements(Operation operation, string[] sql) => AssertGenerates(operation, sql);
}
