using SurveySchema.Diff;
using SurveySchema.Model;
using SurveySchema.Planning;
using static SurveySchema.Tests.Diff.TestModels;

namespace SurveySchema.Tests.Diff.Differs;

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
            new GrantPrivilege(new ObjectTarget(ObjectRefKind.Table, Name("reports")), new Grant("reader", "SELECT")),
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
}
