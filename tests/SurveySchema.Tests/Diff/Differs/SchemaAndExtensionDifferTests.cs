using SurveySchema.Diff;
using SurveySchema.Model;
using static SurveySchema.Tests.Diff.TestModels;

namespace SurveySchema.Tests.Diff.Differs;

/// <summary>Schemas and extensions (<c>SchemaAndExtensionDiffer</c>, today <c>SchemaAndExtensionDiffer</c>), through <see cref="SchemaDiffer"/>.</summary>
[TestFixture]
public sealed class SchemaAndExtensionDifferTests
{
    private static readonly Extension Postgis = new("postgis", "3.3.2", "public");

    [Test]
    public void Schemas_are_created_with_their_comment_and_dropped()
    {
        var current = Db() with { Schemas = [new Schema("public"), new Schema("staging")] };
        var desired = Db() with { Schemas = [new Schema("field") { Comment = "field crews" }, new Schema("public")] };

        var operations = SchemaDiffer.Diff(current, desired, DiffOptions.Default);

        Assert.That(operations, Is.EquivalentTo(new Operation[]
        {
            new DropSchema("staging"),
            new CreateSchema("field"),
            new SetComment(ObjectTarget.ForSchema("field"), "field crews", null),
        }));
    }

    [Test]
    public void Extensions_are_created_dropped_and_updated_to_the_declared_version()
    {
        Assert.That(SchemaDiffer.Diff(Db(), Db() with { Extensions = [Postgis] }, DiffOptions.Default), Is.EqualTo(new Operation[] { new CreateExtension(Postgis) }));
        Assert.That(SchemaDiffer.Diff(Db() with { Extensions = [Postgis] }, Db(), DiffOptions.Default), Is.EqualTo(new Operation[] { new DropExtension(Postgis) }));
        Assert.That(
            SchemaDiffer.Diff(Db() with { Extensions = [Postgis with { Version = "3.3.1" }] }, Db() with { Extensions = [Postgis] }, DiffOptions.Default),
            Is.EqualTo(new Operation[] { new AlterExtensionUpdate("postgis", "3.3.1", "3.3.2") }));
    }

    [Test]
    public void An_extension_in_another_schema_is_not_moved_but_remarked()
    {
        var difference = SchemaDiffer.Compare(Db() with { Extensions = [Postgis with { Schema = "gis" }] }, Db() with { Extensions = [Postgis] }, DiffOptions.Default);

        Assert.That(difference.Operations, Is.Empty);
        Assert.That(difference.Remarks.Select(r => r.Code), Is.EqualTo(new[] { RemarkCodes.ExtensionSchemaKept }));
    }
}
