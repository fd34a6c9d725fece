using SurveySchema.Diff;
using SurveySchema.Model;
using SurveySchema.Planning;
using static SurveySchema.Tests.Diff.TestModels;

namespace SurveySchema.Tests.Diff;

/// <summary>Declared roles, default privileges and type grants: what the differ emits and how the planner
/// orders it.</summary>
public sealed class RoleDifferTests
{
    private static readonly Column Id = Column("id", "integer", 1, notNull: true);

    [Test]
    public void A_declared_role_missing_on_the_target_is_created_before_the_grant_to_it_with_a_cluster_wide_remark()
    {
        var reader = new Role("reader") { MemberOf = [new RoleMembership("staff")] };
        var current = Db(Table("reports", Id));
        var desired = Db(Table("reports", Id) with { Grants = [new Grant("reader", "SELECT")] }) with { Roles = [reader] };

        var plan = MigrationPlanner.Plan(current, desired, PlanOptions.Default);

        Assert.That(plan.Operations, Is.EqualTo(new Operation[]
        {
            new CreateRole(new Role("reader")),
            new GrantRoleMembership("reader", new RoleMembership("staff")),
            new GrantPrivilege(new ObjectTarget(ObjectKind.Table, Name("reports")), new Grant("reader", "SELECT")),
        }));
        Assert.That(plan.Remarks.Select(r => r.Code), Has.Member(RemarkCodes.RoleCreatedClusterWide));
        Assert.That(plan.Hazards, Is.Empty);
    }

    [Test]
    public void The_grant_waits_for_the_role_whatever_order_the_differ_gives()
    {
        var desired = Db(Table("reports", Id) with
        {
            Policies = [new Policy("own") { Roles = ["clerk"], Using = "true" }],
        }) with { Roles = [new Role("clerk")] };

        var plan = MigrationPlanner.Plan(Db(Table("reports", Id)), desired, PlanOptions.Default);

        var steps = plan.Steps.Select(s => s.Operation).ToList();
        Assert.That(steps.FindIndex(o => o is CreateRole), Is.LessThan(steps.FindIndex(o => o is CreatePolicy)));
    }

    [Test]
    public void Roles_are_never_dropped_a_role_no_longer_declared_is_a_remark()
    {
        var current = Db() with { Roles = [new Role("old_role")] };

        var difference = SchemaDiffer.Compare(current, Db(), DiffOptions.Default);

        Assert.That(difference.Operations, Is.Empty);
        Assert.That(difference.Remarks.Select(r => r.Code), Is.EqualTo(new[] { RemarkCodes.RoleKept }));
        Assert.That(difference.Remarks.Single().Text, Does.Contain("old_role"), "the remark names the role");
    }

    [Test]
    public void Changed_attributes_are_one_AlterRole_and_memberships_are_granted_and_revoked()
    {
        var current = Db() with { Roles = [new Role("app") { MemberOf = [new RoleMembership("a"), new RoleMembership("b")] }] };
        var desired = Db() with
        {
            Roles = [new Role("app") { Login = true, ConnectionLimit = 5, MemberOf = [new RoleMembership("b", AdminOption: true)] }],
        };

        var operations = SchemaDiffer.Diff(current, desired, DiffOptions.Default);

        Assert.That(operations, Is.EqualTo(new Operation[]
        {
            new AlterRole(new Role("app") { Login = true, ConnectionLimit = 5 }, new Role("app")),
            new RevokeRoleMembership("app", new RoleMembership("a")),
            new RevokeRoleMembership("app", new RoleMembership("b")),
            new GrantRoleMembership("app", new RoleMembership("b", AdminOption: true)),
        }));
    }

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
        var target = new ObjectTarget(ObjectKind.Table, Name("reports"));

        var operations = SchemaDiffer.Diff(current, desired, DiffOptions.Default);

        Assert.That(operations.Where(o => o is GrantPrivilege or RevokePrivilege), Is.EqualTo(new Operation[]
        {
            new RevokePrivilege(target, new Grant("auditor", "SELECT")),
            new GrantPrivilege(target, new Grant("reader", "SELECT")),
        }), "whoever runs the script, the new table ends up with exactly its declared grants");
    }

    [Test]
    public void Type_grants_change_without_recreating_the_type_and_a_new_type_starts_from_public_usage()
    {
        var mood = new UserDefinedType(new QualifiedName("public", "mood"), TypeKind.Enum) { EnumLabels = ["sad", "happy"] };
        var pair = new UserDefinedType(new QualifiedName("public", "pair"), TypeKind.Composite)
        {
            Attributes = [Column("a", "integer", 1)],
            Grants = [new Grant("reader", "USAGE")],
        };
        var current = Db() with { Types = [mood with { Grants = [new Grant(Grant.Public, "USAGE")] }] };
        var desired = Db() with { Types = [mood with { Grants = [new Grant("reader", "USAGE")] }, pair] };

        var operations = SchemaDiffer.Diff(current, desired, DiffOptions.Default);

        var moodTarget = new ObjectTarget(ObjectKind.Type, mood.Name);
        var pairTarget = new ObjectTarget(ObjectKind.Type, pair.Name);
        Assert.That(operations, Is.EquivalentTo(new Operation[]
        {
            new CreateType(pair),
            new RevokePrivilege(pairTarget, new Grant(Grant.Public, "USAGE")),
            new GrantPrivilege(pairTarget, new Grant("reader", "USAGE")),
            new RevokePrivilege(moodTarget, new Grant(Grant.Public, "USAGE")),
            new GrantPrivilege(moodTarget, new Grant("reader", "USAGE")),
        }));
    }
}
