using System.Security.Cryptography;
using SurveySchema.Model;

namespace SurveySchema.Tests.Model;

/// <summary>The fingerprint hashes the order-free canonical JSON as it is written, without re-ordering its copy:
/// the digest must be the one the first implementation computed (a copy with columns by name and ordinal 0,
/// canonicalised again, serialised to an array, hashed), since approved plans and scripts carry it.</summary>
[TestFixture]
public sealed class FingerprintStreamingTests
{
    [TestCaseSource(nameof(Models))]
    public void The_digest_is_the_one_the_array_based_fingerprint_gave(DatabaseModel model)
    {
        Assert.That(Fingerprint.Of(model), Is.EqualTo(ArrayBasedFingerprint(model)));
    }

    [Test]
    public void A_model_not_yet_in_canonical_order_gets_the_digest_of_its_canonical_form()
    {
        var shuffled = SampleModel.Create() with
        {
            Tables = [.. SampleModel.Create().Tables.Reverse().Select(t => t with { Constraints = [.. t.Constraints.Reverse()] })],
        };

        Assert.That(Fingerprint.Of(shuffled), Is.EqualTo(ArrayBasedFingerprint(shuffled)));
        Assert.That(Fingerprint.Of(shuffled), Is.EqualTo(Fingerprint.Of(SampleModel.Create())));
    }

    /// <summary>The bytes the fingerprint hashes are the canonical JSON, byte for byte, however the tables are batched.</summary>
    [TestCaseSource(nameof(Models))]
    public void The_streamed_bytes_are_the_canonical_json(DatabaseModel model)
    {
        using var written = new MemoryStream();
        ModelJson.WriteCanonical(written, model);

        Assert.That(written.ToArray(), Is.EqualTo(ModelJson.SerializeCanonical(model)));
    }

    /// <summary>The fingerprint's copy is marked canonical: ordering it again must change nothing, or the digest
    /// would differ from the one of a copy ordered afresh.</summary>
    [Test]
    public void Canonicalising_the_fingerprints_copy_again_gives_equal_json()
    {
        var model = WideModel.Create(40);
        var copy = model.ToCanonical() with
        {
            Tables = [.. model.ToCanonical().Tables.Select(t => t with
            {
                Columns = [.. t.Columns.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => c with { Ordinal = 0 })],
            })],
        };

        Assert.That(ModelJson.SerializeCanonical(copy.ToCanonical()), Is.EqualTo(ModelJson.SerializeCanonical(copy)));
    }

    private static IEnumerable<TestCaseData> Models()
    {
        yield return new TestCaseData(DatabaseModel.Empty).SetArgDisplayNames("empty");
        yield return new TestCaseData(SampleModel.Create()).SetArgDisplayNames("sample");
        yield return new TestCaseData(SampleModel.Create() with
        {
            Tables = [.. SampleModel.Create().Tables.Select(t => t with
            {
                Columns = [.. t.Columns.Reverse().Select((c, i) => c with { Ordinal = i + 1 })],
            })],
        }).SetArgDisplayNames("sample, columns reversed");
        yield return new TestCaseData(WideModel.Create(300)).SetArgDisplayNames("300 tables with dependencies and grants");
        // The tables are written in batches on every core (Json/TablesInBatches): one table, and the counts around
        // a round's end, must come out as one serialiser call writes them.
        foreach (var count in new[] { 1, 63, 64, 65, 128, 129, 257 })
        {
            yield return new TestCaseData(WideModel.Create(count)).SetArgDisplayNames($"{count} tables");
        }

        // Text that reads like the frame's cut must not be taken for it.
        yield return new TestCaseData(WideModel.Create(70) with
        {
            Schemas = [new Schema("public") { Comment = "\"tables\":[] and {\"tables\":[1]}" }],
            Views = [new View(new QualifiedName("public", "tables"), ViewKind.View) { Definition = " SELECT 1 AS tables;", Comment = "\"tables\":[]" }],
        }).SetArgDisplayNames("strings and names that spell the tables property");
    }

    /// <summary>The implementation this one replaced, kept as the reference.</summary>
    private static string ArrayBasedFingerprint(DatabaseModel model)
    {
        var orderFree = model with
        {
            Dependencies = [],
            Tables = [.. model.Tables.Select(t => t with
            {
                Columns = [.. t.Columns.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => c with { Ordinal = 0 })],
            })],
        };
        return Convert.ToHexStringLower(SHA256.HashData(ModelJson.SerializeCanonical(orderFree)));
    }
}
