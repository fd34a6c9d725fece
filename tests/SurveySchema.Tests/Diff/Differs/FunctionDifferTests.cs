using SurveySchema.Diff;
using SurveySchema.Model;
using static SurveySchema.Tests.Diff.TestModels;

namespace SurveySchema.Tests.Diff.Differs;

/// <summary>Functions and procedures (<c>FunctionDiffer</c>), by name and identity arguments.</summary>
[TestFixture]
public sealed class FunctionDifferTests
{
    private static readonly Function Step = AggregateDifferTests.Step;

    private static DatabaseModel With(params Function[] functions) => Db() with { Functions = [.. functions] };

    [Test]
    public void A_changed_body_is_CREATE_OR_REPLACE_only()
    {
        var changed = Step with { Definition = Step.Definition.Replace("state + value", "state + value * 2", StringComparison.Ordinal) };

        var operations = SchemaDiffer.Diff(With(Step), With(changed), DiffOptions.Default);

        Assert.That(operations, Is.EqualTo(new Operation[] { new CreateFunction(changed, Replace: true) }));
    }

    [Test]
    public void A_changed_result_type_is_a_drop_and_a_create_keeping_the_default_execute_grant()
    {
        var changed = Step with { Result = "bigint", Definition = Step.Definition.Replace("RETURNS numeric", "RETURNS bigint", StringComparison.Ordinal) };

        var operations = SchemaDiffer.Diff(With(Step), With(changed), DiffOptions.Default);

        Assert.That(operations, Is.EqualTo(new Operation[] { new DropFunction(Step), new CreateFunction(changed, Replace: false) }));
    }

    [Test]
    public void A_new_function_without_PUBLIC_execute_revokes_it_after_the_create_and_a_dropped_one_is_DropFunction()
    {
        var closed = Step with { Grants = [new Grant("clerk", "EXECUTE")] };
        var target = new ObjectTarget(ObjectRefKind.Function, Step.Name, Step.IdentityArguments);

        Assert.That(SchemaDiffer.Diff(With(), With(closed), DiffOptions.Default), Is.EqualTo(new Operation[]
        {
            new CreateFunction(closed, Replace: false),
            new RevokePrivilege(target, new Grant(Grant.Public, "EXECUTE")),
            new GrantPrivilege(target, new Grant("clerk", "EXECUTE")),
        }));
        Assert.That(SchemaDiffer.Diff(With(Step), With(), DiffOptions.Default), Is.EqualTo(new Operation[] { new DropFunction(Step) }));
    }
}
