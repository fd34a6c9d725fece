using System.Text;
using System.Text.Json;
using SurveySchema.Model;
using SurveySchema.Model.Json;

namespace SurveySchema.Tests.Model;

/// <summary>A cached model file is read with its items parsed in batches, or taken from another model where their
/// bytes are equal: either way the model must be the one written; a damaged file is a <see cref="JsonException"/>,
/// a damaged or foreign index an <see cref="InvalidDataException"/>.</summary>
[TestFixture]
public sealed class CanonicalModelFileTests
{
    private readonly Dictionary<string, CanonicalModelIndex> indexes = [];

    private string directory = null!;

    [SetUp]
    public void CreateDirectory() => directory = Directory.CreateTempSubdirectory("surveyschema-model-file-").FullName;

    [TearDown]
    public void DeleteDirectory()
    {
        indexes.Clear();
        Directory.Delete(directory, recursive: true);
    }

    [TestCaseSource(nameof(Models))]
    public async Task A_file_reads_back_as_the_model_written(DatabaseModel model)
    {
        var path = await WriteAsync(model);

        var read = Read(path, sharingItemsOf: null, out var shared);

        Assert.That(read, Is.EqualTo(model.ToCanonical()));
        Assert.That(ModelJson.SerializeCanonical(read), Is.EqualTo(await File.ReadAllBytesAsync(path)));
        Assert.That(shared, Is.Zero);
    }

    [Test]
    public async Task Items_equal_to_another_models_are_that_models_instances_and_the_rest_are_parsed()
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

        var read = Read(path, canonicalOther, out var shared);

        Assert.That(read, Is.EqualTo(written.ToCanonical()));
        Assert.That(shared, Is.EqualTo(unchanged + written.Dependencies.Count), "equal tables and every dependency; schemas are parsed");
        Assert.That(read.Dependencies.Items, Is.EqualTo(canonicalOther.Dependencies.Items).Using<Dependency>(ReferenceEquals), "each dependency is the other model's instance");
        var others = canonicalOther.Tables.ToDictionary(t => t.Name);
        var sharedTables = read.Tables.Count(t => others.TryGetValue(t.Name, out var o) && ReferenceEquals(o, t));
        Assert.That(sharedTables, Is.EqualTo(unchanged), "each equal table is the other model's instance");
        Assert.That(read.Tables.Where(t => t.Comment == "changed"), Is.Empty, "a changed table is the file's, parsed");
    }

    [Test]
    public async Task Sharing_a_model_not_in_canonical_order_shares_its_canonical_items()
    {
        var written = WideModel.Create(130);
        var path = await WriteAsync(written);
        var shuffled = written with { Tables = [.. written.Tables.Reverse()], Dependencies = [.. written.Dependencies.Reverse()] };

        var read = Read(path, shuffled, out var shared);

        Assert.That(read, Is.EqualTo(written.ToCanonical()));
        Assert.That(shared, Is.EqualTo(130 + written.Dependencies.Count));
    }

    [Test]
    public async Task Views_functions_types_and_sequences_are_shared_like_tables()
    {
        var written = WideModel.Create(3) with
        {
            Types = [new UserDefinedType(new QualifiedName("public", "mood"), TypeKind.Enum) { EnumLabels = ["sad", "ok"] }],
            Sequences = [new Sequence(new QualifiedName("public", "counter"), new SequenceOptions("bigint", 1, 1, 1, long.MaxValue, 1, false))],
            Views = [new View(new QualifiedName("public", "recent"), ViewKind.View) { Definition = " SELECT 1;" }],
            Functions = [new Function(new QualifiedName("public", "answer"), "") { Definition = "SELECT 42" }],
        };
        var path = await WriteAsync(written);
        var other = written.ToCanonical() with { };

        var read = Read(path, other, out var shared);

        Assert.That(read, Is.EqualTo(written.ToCanonical()));
        Assert.That(shared, Is.EqualTo(3 + 4 + written.Dependencies.Count));
        Assert.That(read.Views.Single(), Is.SameAs(other.Views.Single()));
        Assert.That(read.Functions.Single(), Is.SameAs(other.Functions.Single()));
    }

    [Test]
    public async Task A_model_with_shared_items_has_the_written_models_fingerprint()
    {
        var written = WideModel.Create(70);
        var path = await WriteAsync(written);

        var read = Read(path, written with { }, out _);

        Assert.That(Fingerprint.Of(read with { }), Is.EqualTo(Fingerprint.Of(written with { })));
    }

    [Test]
    public async Task The_file_can_be_made_into_models_more_than_once()
    {
        var written = WideModel.Create(65);
        var path = await WriteAsync(written);
        using var file = CanonicalModelFile.Open(path, indexes[path]);

        var shared = file.ToModel(written.ToCanonical(), out var sharedCount);
        var parsed = file.ToModel(null, out var parsedShared);

        Assert.That(
            (shared, sharedCount, parsed, parsedShared),
            Is.EqualTo((written.ToCanonical(), 65 + 64, written.ToCanonical(), 0)));
        Assert.That(file.ItemCount, Is.EqualTo(1 + 65 + 64));
    }

    /// <summary>Damage in the model file, in an item parsed on a worker thread too, is a <see cref="JsonException"/>
    /// (which the model cache takes for a miss), never an <see cref="AggregateException"/>. The damage keeps the
    /// file's length: the index refuses a file of any other.</summary>
    [TestCase("a table that is not an object")]
    [TestCase("a table with an unknown property")]
    [TestCase("a dependency cut short")]
    [TestCase("a frame that is not json")]
    public async Task A_damaged_model_file_is_a_json_error(string damage)
    {
        var path = await WriteAsync(WideModel.Create(150));
        var text = await File.ReadAllTextAsync(path);
        var table = text.LastIndexOf("{\"name\":{\"schema\":\"public\",\"name\":\"t", StringComparison.Ordinal);
        var dependency = text.LastIndexOf("{\"dependent\":", StringComparison.Ordinal);
        Assert.That(table, Is.GreaterThanOrEqualTo(0), "the file holds a table to damage");
        Assert.That(dependency, Is.GreaterThanOrEqualTo(0), "the file holds a dependency to damage");
        text = damage switch
        {
            "a table that is not an object" => Overwrite(text, table, "12345678"),
            "a table with an unknown property" => Overwrite(text, table + 2, "nome"),
            "a dependency cut short" => Overwrite(text, dependency + 1, "}"),
            _ => Overwrite(text, 0, "["),
        };
        await File.WriteAllTextAsync(path, text, new UTF8Encoding(false));

        Assert.That(() => Read(path, null, out _), Throws.InstanceOf<JsonException>());
    }

    [TestCase("one byte changed")]
    [TestCase("cut short")]
    [TestCase("empty")]
    [TestCase("another file's")]
    public async Task A_damaged_or_foreign_index_is_refused(string damage)
    {
        var path = await WriteAsync(WideModel.Create(80));
        var other = await WriteAsync(WideModel.Create(81));
        var bytes = indexes[path].ToBytes();
        bytes = damage switch
        {
            "one byte changed" => [.. bytes[..100], (byte)(bytes[100] ^ 1), .. bytes[101..]],
            "cut short" => bytes[..(bytes.Length / 2)],
            "empty" => [],
            _ => indexes[other].ToBytes(),
        };

        Assert.That(() => CanonicalModelFile.Open(path, CanonicalModelIndex.Read(bytes)).Dispose(), Throws.InstanceOf<InvalidDataException>());
    }

    /// <summary>An array the index does not know stays in the frame: still read, never shared. All of the model's are known.</summary>
    [Test]
    public void Every_array_of_the_model_is_indexed_in_declaration_order()
    {
        var arrays = typeof(DatabaseModel).GetProperties()
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(EquatableArray<>))
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name));

        Assert.That(ModelSection.All.Select(s => s.Name), Is.EqualTo(arrays));
    }

    private static string Overwrite(string text, int at, string with) => text.Remove(at, with.Length).Insert(at, with);

    /// <summary>Writes the file and keeps its index, read back from its bytes as the cache reads it.</summary>
    private async Task<string> WriteAsync(DatabaseModel model)
    {
        var path = Path.Combine(directory, $"{Guid.NewGuid():N}.model.json");
        indexes[path] = CanonicalModelIndex.Read((await CanonicalModelFile.WriteAsync(path, model)).ToBytes());
        return path;
    }

    private DatabaseModel Read(string path, DatabaseModel? sharingItemsOf, out int shared)
    {
        using var file = CanonicalModelFile.Open(path, indexes[path]);
        return file.ToModel(sharingItemsOf, out shared);
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
