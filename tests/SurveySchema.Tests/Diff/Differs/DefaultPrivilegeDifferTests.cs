using SurveySchema.Diff;
using SurveySchema.Model;
using static SurveySchema.Tests.Diff.TestModels;

namespace SurveySchema.Tests.Diff.Differs;

/// <summary>Default privileges (<c>DefaultPrivilegeDiffer</c>), and what they mean for the objects a plan creates.</summary>
[TestFixture]
public sealed class DefaultPrivilegeDifferTests
{
    private static readonly Column Id = Column("id", "integer", 1, notNull: true);

    [Test]
    public void Default_privileges_compare_against_the_built_in_default_when_an_entry_is_missing()
    {
        var everywhere = new DefaultPrivilegeTarget("owner", null, DefaultPrivilegeObjects.Functions);
        var inApp = new DefaultPrivilegeTarget("owner", "app", DefaultPrivilegeObjects.Tables);
        var desired = Db() with
        {
            DefaultPrivileges =
            [
                new DefaultPrivilege("owner", null, DefaultPrivilegeObjects.Functions) { Grants = [new Grant("reader", "EXECUTE")] },
                new DefaultPrivilege("owner", "app", DefaultPrivilegeObjects.Tables) { Grants = [new Grant("reader", "SELECT")] },
            ],
        };

        var operations = SchemaDiffer.Diff(Db(), desired, DiffOptions.Default);

        Assert.That(operations, Is.EquivalentTo(new Operation[]
        {
            new RevokeDefaultPrivilege(everywhere, new Grant(Grant.Public, "EXECUTE")),
            new GrantDefaultPrivilege(everywhere, new Grant("reader", "EXECUTE")),
            new GrantDefaultPrivilege(inApp, new Grant("reader", "SELECT")),
        }));
        Assert.That(SchemaDiffer.Diff(desired, Db(), DiffOptions.Default), Is.EquivalentTo(new Operation[]
        {
            new GrantDefaultPrivilege(everywhere, new Grant(Grant.Public, "EXECUTE")),
            new RevokeDefaultPrivilege(everywhere, new Grant("reader", "EXECUTE")),
            new RevokeDefaultPrivilege(inApp, new Grant("reader", "SELECT")),
        }), "the reverse");
    }

    [Test]
    public void A_table_the_plan_creates_loses_what_default_privileges_would_give_it_and_gets_what_it_declares()
    {
        var current = Db() with
        {
            DefaultPrivileges = [new DefaultPrivilege("deployer", null, DefaultPrivilegeObjects.Tables) { Grants = [new Grant("auditor", "SELECT")] }],
        };
        var desired = Db(Table("reports", Id) with { Grants = [new Grant("reader", "SELECT")] }) with { DefaultPrivileges = current.DefaultPrivileges };
        var target = new ObjectTarget(ObjectRefKind.Table, Name("reports"));

        var operations = SchemaDiffer.Diff(current, desired, DiffOptions.Default);

        Assert.That(operations.Where(o => o is GrantPrivilege or RevokePrivilege), Is.EqualTo(new Operation[]
        {
            new RevokePrivilege(target, new Grant("auditor", "SELECT")),
            new GrantPrivilege(target, new Grant("reader", "SELECT")),
        }), "whoever runs the script, the new table ends up with exactly its declared grants");
    }
}
