using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SurveySchema.Model;

namespace SurveySchema.Tests.Model;

/// <summary>The canonical JSON: stable bytes, readable file, faithful round trip, strict reading.</summary>
[TestFixture]
public sealed class ModelJsonTests
{
    [Test]
    public void Serialising_twice_gives_the_same_bytes()
    {
        var first = SampleModel.Create();
        var second = SampleModel.Create();

        Assert.That(ModelJson.SerializeCanonical(second), Is.EqualTo(ModelJson.SerializeCanonical(first)));
        Assert.That(ModelJson.Serialize(second), Is.EqualTo(ModelJson.Serialize(first)));
    }

    [Test]
    public void The_file_form_reads_back_to_an_equal_model()
    {
        var model = SampleModel.Create();

        Assert.That(ModelJson.Deserialize(ModelJson.Serialize(model)), Is.EqualTo(model));
        Assert.That(ModelJson.Deserialize(Encoding.UTF8.GetString(ModelJson.SerializeCanonical(model))), Is.EqualTo(model));
    }

    [Test]
    public void The_file_form_is_indented_with_line_feeds_and_the_canonical_form_is_compact()
    {
        var model = SampleModel.Create();
        var file = ModelJson.Serialize(model);
        var canonical = Encoding.UTF8.GetString(ModelJson.SerializeCanonical(model));

        Assert.That(file, Does.StartWith("{\n  \"schemas\": [\n").And.EndWith("}\n").And.Not.Contain("\r"));
        Assert.That(canonical, Does.Not.Contain("\n").And.Not.Contain(": "));
        using var fromFile = JsonDocument.Parse(file);
        var relaxed = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        Assert.That(JsonSerializer.Serialize(fromFile.RootElement, relaxed), Is.EqualTo(canonical), "the same document, only whitespace differs");
    }

    [Test]
    public void The_canonical_form_is_pinned()
    {
        // Property order, names, enum spelling and null handling are part of every fingerprint: a change
        // here changes the fingerprint of every database, so it must be deliberate.
        var model = new DatabaseModel
        {
            Schemas = [new Schema("public")],
            Tables =
            [
                new Table(new QualifiedName("public", "t"))
                {
                    Columns =
                    [
                        new Column("g", "public.geometry(PointZ,2277)")
                        {
                            Ordinal = 1,
                            NotNull = true,
                            TypeFacts = TestTypes.Spatial(new SpatialType(SpatialKind.Geometry, "POINT", true, false, 2277)),
                        },
                    ],
                    Constraints = [new Constraint("t_g_check", ConstraintKind.Check) { Columns = ["g"], Definition = "CHECK ((g <> NULL))" }],
                },
            ],
        };

        Assert.That(Encoding.UTF8.GetString(ModelJson.SerializeCanonical(model)), Is.EqualTo(
            """{"schemas":[{"name":"public","grants":[]}],"extensions":[],"types":[],"sequences":[],"tables":[{"name":{"schema":"public","name":"t"},"persistence":"permanent","inherits":[],"columns":[{"name":"g","type":"public.geometry(PointZ,2277)","ordinal":1,"notNull":true,"defaultIsVolatile":false,"typeFacts":{"name":{"schema":"public","name":"geometry"},"modifier":582918,"isArray":false,"extension":"postgis"},"isInherited":false,"grants":[]}],"constraints":[{"name":"t_g_check","kind":"check","columns":["g"],"definition":"CHECK ((g <> NULL))","deferrable":false,"initiallyDeferred":false,"validated":true,"isInherited":false}],"indexes":[],"triggers":[],"rowLevelSecurity":false,"forceRowLevelSecurity":false,"policies":[],"options":[],"grants":[]}],"views":[],"functions":[],"dependencies":[]}"""));
        Assert.That(Fingerprint.Of(model), Is.EqualTo(Fingerprint.Of(ModelJson.Deserialize(ModelJson.Serialize(model)))));
    }

    [Test]
    public void Enum_values_are_written_in_kebab_case()
    {
        var model = SampleModel.Create();
        var json = ModelJson.Serialize(model);

        Assert.That(json, Does.Contain("\"kind\": \"primary-key\"").And.Contain("\"kind\": \"materialized\"")
            .And.Contain("\"generation\": \"always\"").And.Contain("\"onDelete\": \"cascade\""));
    }

    [Test]
    public void Reading_rejects_unknown_properties_and_bad_enum_values()
    {
        Assert.Throws<JsonException>(() => ModelJson.Deserialize("""{"schemas":[],"owner":"postgres"}"""));
        Assert.Throws<JsonException>(() => ModelJson.Deserialize(
            """{"tables":[{"name":{"schema":"public","name":"t"},"persistence":"temporary"}]}"""));
        Assert.Throws<JsonException>(() => ModelJson.Deserialize("null"));
    }

    [Test]
    public void Missing_collections_read_as_empty()
    {
        var model = ModelJson.Deserialize("""{"tables":[{"name":{"schema":"public","name":"t"}}]}""");

        Assert.That(model.Schemas.Count, Is.Zero);
        Assert.That(model.Tables.Single().Columns.IsEmpty, Is.True);
        Assert.That(model.Tables.Single(), Is.EqualTo(new Table(new QualifiedName("public", "t"))));
    }

    [Test]
    public async Task Files_are_written_without_byte_order_mark_and_read_back()
    {
        var folder = Path.Combine(Path.GetTempPath(), "surveyschema-model-" + Guid.NewGuid().ToString("N"));
        var path = Path.Combine(folder, "nested", "model.json");
        try
        {
            await ModelJson.WriteFileAsync(path, SampleModel.Create());

            var bytes = await File.ReadAllBytesAsync(path);
            Assert.That(bytes[0], Is.EqualTo((byte)'{'));
            Assert.That(await ModelJson.ReadFileAsync(path), Is.EqualTo(SampleModel.Create()));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
