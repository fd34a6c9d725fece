using System.Text;
using System.Text.Json;
using SurveySchema.Model;

namespace SurveySchema.Tests.Model;

/// <summary>A cached model file is read with its tables parsed in batches, or taken from another model where their
/// bytes are equal: either way the model must be the one written, and a damaged file a <see cref="JsonException"/>.</summary>
[TestFixture]
public sealed class CanonicalModelFileTests
{
    private string directory = null!;

    [SetUp]
    public void CreateDirectory() => directory = Directory.CreateTempSubdirectory("surveyschema-model-file-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(directory, recursive: true);

    [TestCaseSource(nameof(Models))]
    public async Task A_file_reads_back_as_the_model_written(DatabaseModel model)
    {
        var path = await WriteAsync(model);

        var read = ModelJson.ReadCanonicalFile(path);

        Assert.That(read, Is.EqualTo(model.ToCanonical()));
        Assert.That(ModelJson.SerializeCanonical(read), Is.EqualTo(await File.ReadAllBytesAsync(path)));
    }

    [Test]
    public async Task Tables_equal_to_another_models_are_that_models_instances_and_the_rest_are_parsed()
    {
        var written = WideModel.Create(200);
        var path = await WriteAsync(written);
        // The other model: every 7th table changed, every 11th missing, and two tables the file does not hold.
        var other = written with
        {
            Tables =
            [
                .. written.Tables
                    .Select((table, index) => (table, index))
                    .Where(t => t.index % 11 != 0)
                    .Select(t => t.index % 7 == 0 ? t.table with { Comment = "changed" } : t.table),
                new Table(new QualifiedName("public", "extra_one")),
                new Table(new QualifiedName("other", "extra_two")),
            ],
        };
        var canonicalOther = other.ToCanonical();
        var unchanged = Enumerable.Range(0, 200).Count(index => index % 11 != 0 && index % 7 != 0);

        var read = CanonicalModelFile.Read(path).ToModel(canonicalOther, out var shared);

        Assert.That(read, Is.EqualTo(written.ToCanonical()));
        Assert.That(shared, Is.EqualTo(unchanged));
        var others = canonicalOther.Tables.ToDictionary(t => t.Name);
        var sharedInstances = read.Tables.Count(t => others.TryGetValue(t.Name, out var o) && ReferenceEquals(o, t));
        Assert.That(sharedInstances, Is.EqualTo(unchanged), "each equal table is the other model's instance");
        Assert.That(read.Tables.Where(t => t.Comment == "changed"), Is.Empty, "a changed table is the file's, parsed");
    }

    [Test]
    public async Task Sharing_a_model_not_in_canonical_order_shares_its_canonical_tables()
    {
        var written = WideModel.Create(130);
        var path = await WriteAsync(written);
        var shuffled = written with { Tables = [.. written.Tables.Reverse()] };

        var read = CanonicalModelFile.Read(path).ToModel(shuffled, out var shared);

        Assert.That(read, Is.EqualTo(written.ToCanonical()));
        Assert.That(shared, Is.EqualTo(130));
    }

    [Test]
    public async Task A_model_with_shared_tables_has_the_written_models_fingerprint()
    {
        var written = WideModel.Create(70);
        var path = await WriteAsync(written);

        var read = CanonicalModelFile.Read(path).ToModel(written with { }, out _);

        Assert.That(Fingerprint.Of(read with { }), Is.EqualTo(Fingerprint.Of(written with { })));
    }

    [Test]
    public async Task The_file_can_be_made_into_models_more_than_once()
    {
        var written = WideModel.Create(65);
        var file = CanonicalModelFile.Read(await WriteAsync(written));

        var shared = file.ToModel(written.ToCanonical(), out var sharedCount);
        var parsed = file.ToModel(null, out var parsedShared);

        Assert.That((shared, sharedCount, parsed, parsedShared), Is.EqualTo((written.ToCanonical(), 65, written.ToCanonical(), 0)));
    }

    /// <summary>Damage anywhere, in a table parsed on a worker thread too, is a <see cref="JsonException"/> (which the
    /// model cache takes for a miss), never an <see cref="AggregateException"/>.</summary>
    [TestCase("truncated in a table")]
    [TestCase("a table that is not an object")]
    [TestCase("a table with an unknown property")]
    [TestCase("no tables")]
    [TestCase("not json")]
    public async Task A_damaged_file_is_a_json_error(string damage)
    {
        var path = await WriteAsync(WideModel.Create(150));
        var text = await File.ReadAllTextAsync(path);
        var last = text.LastIndexOf("{\"name\":{\"schema\":\"public\",\"name\":\"t", StringComparison.Ordinal);
        text = damage switch
        {
            "truncated in a table" => text[..(text.Length / 2)],
            "a table that is not an object" => text.Insert(last, "42,"),
            "a table with an unknown property" => text.Insert(last + 1, "\"surprise\":1,"),
            "no tables" => text.Replace("\"tables\":", "\"tablez\":", StringComparison.Ordinal),
            _ => "tables",
        };
        await File.WriteAllTextAsync(path, text, new UTF8Encoding(false));

        Assert.That(() => CanonicalModelFile.Read(path).ToModel(null, out _), Throws.InstanceOf<JsonException>());
    }

    private async Task<string> WriteAsync(DatabaseModel model)
    {
        var path = Path.Combine(directory, $"{Guid.NewGuid():N}.model.json");
        await ModelJson.WriteCanonicalFileAsync(path, model);
        return path;
    }

    private static IEnumerable<TestCaseData> Models()
    {
        yield return new TestCaseData(DatabaseModel.Empty).SetArgDisplayNames("empty");
        yield return new TestCaseData(SampleModel.Create()).SetArgDisplayNames("sample");
        foreach (var count in new[] { 1, 63, 64, 65, 129, 300 })
        {
            yield return new TestCaseData(WideModel.Create(count)).SetArgDisplayNames($"{count} tables");
        }

        yield return new TestCaseData(WideModel.Create(70) with
        {
            Schemas = [new Schema("public") { Comment = "\"tables\":[] and {\"tables\":[1]}" }],
            Views = [new View(new QualifiedName("public", "tables"), ViewKind.View) { Definition = " SELECT 1 AS tables;", Comment = "\"tables\":[]" }],
        }).SetArgDisplayNames("strings and names that spell the tables property");
    }
}
