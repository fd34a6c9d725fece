using SurveySchema.Diff;
using SurveySchema.Model;
using static SurveySchema.Tests.Diff.TestModels;

namespace SurveySchema.Tests.Diff.Differs;

/// <summary>Triggers of tables and views (<c>TriggerDiffer</c>), by name.</summary>
[TestFixture]
public sealed class TriggerDifferTests
{
    private static readonly Column Id = Column("id", "integer", 1, notNull: true);

    private static readonly Trigger Touch = new("t_touch") { Definition = "CREATE TRIGGER t_touch BEFORE UPDATE ON public.t FOR EACH ROW EXECUTE FUNCTION touch()" };

    private static DatabaseModel With(params Trigger[] triggers) => Db(Table("t", Id) with { Triggers = [.. triggers] });

    [Test]
    public void A_new_disabled_trigger_is_created_then_disabled()
    {
        var disabled = Touch with { Enabled = TriggerEnabled.Disabled };

        var operations = SchemaDiffer.Diff(With(), With(disabled), DiffOptions.Default);

        Assert.That(operations, Is.EqualTo(new Operation[] { new CreateTrigger(Name("t"), disabled), new SetTriggerEnabled(Name("t"), "t_touch", TriggerEnabled.Disabled) }));
    }

    [Test]
    public void A_changed_firing_state_alone_is_SetTriggerEnabled_and_a_changed_definition_a_drop_and_a_create()
    {
        var always = Touch with { Enabled = TriggerEnabled.Always };
        var afterInsert = Touch with { Definition = Touch.Definition.Replace("BEFORE UPDATE", "BEFORE INSERT OR UPDATE", StringComparison.Ordinal) };

        Assert.That(SchemaDiffer.Diff(With(Touch), With(always), DiffOptions.Default), Is.EqualTo(new Operation[] { new SetTriggerEnabled(Name("t"), "t_touch", TriggerEnabled.Always) }));
        Assert.That(SchemaDiffer.Diff(With(Touch), With(afterInsert), DiffOptions.Default), Is.EqualTo(new Operation[] { new DropTrigger(Name("t"), Touch), new CreateTrigger(Name("t"), afterInsert) }));
    }

    [Test]
    public void An_inherited_trigger_is_the_parents_and_not_compared_on_the_partition()
    {
        var cloned = Touch with { IsInherited = true };

        Assert.That(SchemaDiffer.Diff(With(cloned), With(), DiffOptions.Default), Is.Empty);
    }
}
