using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using SurveySchema.Model;
using SurveySchema.Planning;
using SurveySchema.Scripting;
using static SurveySchema.Tests.Diff.TestModels;

namespace SurveySchema.Tests.Scripting;

/// <summary>The JSON plan written as a stream (<see cref="JsonPlanWriter.WriteFileAsync"/>) and its digest hashed as
/// one (<see cref="PlanDigest"/>) give the bytes the string forms gave: approved plans carry these digests.</summary>
public sealed class JsonPlanFileTests
{
    private static readonly ScriptHeader Header = new("1.2.3")
    {
        GeneratedAt = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero),
        Source = "db ü <&>",
        LockTimeout = "3s",
    };

    private static MigrationPlan Plan()
    {
        var id = Column("id", "integer", 1, notNull: true);
        var current = Db(Table("t", id, Column("a", "text", 2)));
        var desired = Db(Table("t", id, Column("b", "text", 2) with { Comment = "it's \"quoted\", ü, <tag> & \u2028" }));
        return MigrationPlanner.Plan(current, desired, PlanOptions.Default);
    }

    [Test]
    public async Task The_file_holds_the_text_Write_returns_as_UTF8_without_byte_order_mark()
    {
        var plan = Plan();
        var path = Path.Combine(Path.GetTempPath(), $"plan-{Guid.NewGuid():N}.json");
        try
        {
            var plannedFor = new PlanDocumentDatabase("7", "live");
            await JsonPlanWriter.WriteFileAsync(path, plan, Header, plannedFor);

            var expected = new UTF8Encoding(false).GetBytes(JsonPlanWriter.Write(plan, Header, plannedFor));
            Assert.That(await File.ReadAllBytesAsync(path), Is.EqualTo(expected));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void The_digest_is_sha256_of_the_compact_text_with_the_digest_empty()
    {
        var document = JsonPlanWriter.ToDocument(Plan(), Header);
        var compact = JsonSerializer.Serialize(document with { Digest = "" }, new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });

        Assert.That(PlanDigest.Of(document), Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(compact)))));
        Assert.That(PlanDigest.Verify(JsonPlanWriter.Read(JsonPlanWriter.Write(PlanDigest.Seal(document)))), Is.True);
    }

    [Test]
    public void The_reverse_made_without_the_forward_plan_is_the_forward_plans_reverse()
    {
        var plan = Plan();

        var reverse = MigrationPlan.ReverseOf(plan.Source, plan.Target, plan.Options);

        Assert.That(SqlScriptWriter.Write(reverse, Header), Is.EqualTo(SqlScriptWriter.Write(plan.Reverse(), Header)));
        Assert.That(reverse.SourceFingerprint, Is.EqualTo(plan.TargetFingerprint));
    }
}
