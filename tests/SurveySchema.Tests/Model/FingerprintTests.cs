using SurveySchema.Model;

namespace SurveySchema.Tests.Model;

/// <summary>The fingerprint changes when anything in the model changes, and only then.</summary>
[TestFixture]
public sealed class FingerprintTests
{
    private static readonly DatabaseModel Sample = SampleModel.Create();

    [Test]
    public void The_fingerprint_is_lower_case_sha256_hex_and_stable()
    {
        var fingerprint = Fingerprint.Of(Sample);

        Assert.That(fingerprint, Does.Match("^[0-9a-f]{64}$"));
        Assert.That(Fingerprint.Of(SampleModel.Create()), Is.EqualTo(fingerprint));
        Assert.That(Fingerprint.Of(DatabaseModel.Empty), Is.Not.EqualTo(fingerprint));
    }

    [Test]
    public void A_recalled_fingerprint_is_the_models_until_then_and_only_well_formed_ones_are_taken()
    {
        var recalled = SampleModel.Create();
        var fresh = Fingerprint.Of(SampleModel.Create());
        var stored = new string('a', 64);

        Assert.Multiple(() =>
        {
            Assert.That(Fingerprint.IsWellFormed(fresh), Is.True);
            Assert.That(() => Fingerprint.Recall(recalled, fresh.ToUpperInvariant()), Throws.ArgumentException);
            Assert.That(() => Fingerprint.Recall(recalled, fresh[..63]), Throws.ArgumentException);
            Assert.That(() => Fingerprint.Recall(recalled, fresh[..63] + "g"), Throws.ArgumentException);
        });
        Fingerprint.Recall(recalled, stored);
        Fingerprint.Recall(recalled, fresh);

        Assert.That(Fingerprint.Of(recalled), Is.EqualTo(stored), "the first value recalled (or computed) stays");
        Assert.That(Fingerprint.Of(recalled with { }), Is.EqualTo(fresh), "another instance is computed");
    }

    /// <summary>A recalled stand-in value on the fingerprinted model shows the other model took it rather than computing its own.</summary>
    [Test]
    public void A_model_equal_but_for_its_dependencies_takes_the_fingerprint_already_taken()
    {
        var fingerprinted = SampleModel.Create();
        var stored = new string('b', 64);
        Fingerprint.Recall(fingerprinted, stored);
        var equal = SampleModel.Create() with
        {
            Dependencies = [new Dependency(
                new ObjectRef(ObjectRefKind.View, new QualifiedName("public", "recent")),
                new ObjectRef(ObjectRefKind.Table, new QualifiedName("public", "sites")))],
        };
        Assert.That(equal.Dependencies, Is.Not.EqualTo(fingerprinted.Dependencies));
        var changed = SampleModel.Create() with { Tables = [.. SampleModel.Create().Tables.Skip(1)] };

        Assert.That(Fingerprint.ReuseIfEqual(equal, fingerprinted), Is.True);
        Assert.That(Fingerprint.Of(equal), Is.EqualTo(stored));
        Assert.That(Fingerprint.ReuseIfEqual(changed, fingerprinted), Is.False);
        Assert.That(Fingerprint.Of(changed), Is.Not.EqualTo(stored));
        Assert.That(Fingerprint.ReuseIfEqual(SampleModel.Create(), SampleModel.Create()), Is.False, "nothing known to reuse");
        Assert.That(Fingerprint.Of(SampleModel.Create() with { }), Is.Not.EqualTo(stored), "computed when not reused");
    }

    [TestCaseSource(nameof(Changes))]
    public void Any_change_changes_the_fingerprint(Func<DatabaseModel, DatabaseModel> change)
    {
        var changed = change(Sample);

        Assert.That(changed, Is.Not.EqualTo(Sample), "the change must make a different model");
        Assert.That(Fingerprint.Of(changed), Is.Not.EqualTo(Fingerprint.Of(Sample)));
    }

    /// <summary>DESIGN.md: column order is a remark, never a difference, in drift, fingerprints and deploy checks
    /// alike (a column added in the middle of a declaration is appended by PostgreSQL).</summary>
    [Test]
    public void The_order_of_a_tables_columns_does_not_change_the_fingerprint()
    {
        var reordered = SampleModel.Create() with
        {
            Tables = [.. Sample.Tables.Select(t => t with
            {
                Columns = [.. t.Columns.Reverse().Select((c, i) => c with { Ordinal = i + 1 })],
            })],
        };

        Assert.That(reordered, Is.Not.EqualTo(Sample), "the columns must be in another order");
        Assert.That(Fingerprint.Of(reordered), Is.EqualTo(Fingerprint.Of(Sample)));
    }

    private static IEnumerable<TestCaseData> Changes()
    {
        yield return Case("schema comment", m => m with { Schemas = [.. m.Schemas.Select(s => s with { Comment = s.Comment + "!" })] });
        yield return Case("schema grant", m => m with { Schemas = [.. m.Schemas.Select(s => s with { Grants = [] })] });
        yield return Case("extension version", m => m with { Extensions = [.. m.Extensions.Select(e => e with { Version = "9.9" })] });
        yield return Case("enum label order", m => m with { Types = [.. m.Types.Select(t => t with { EnumLabels = [.. t.EnumLabels.Reverse()] })] });
        yield return Case("domain not null", m => m with { Types = [.. m.Types.Select(t => t.Domain is null ? t : t with { Domain = t.Domain with { NotNull = false } })] });
        yield return Case("sequence cache", m => m with { Sequences = [.. m.Sequences.Select(s => s with { Options = s.Options with { Cache = 20 } })] });
        yield return Case("sequence owner", m => m with { Sequences = [.. m.Sequences.Select(s => s with { OwnedBy = null })] });
        yield return Case("table comment", m => Projects(m, t => t with { Comment = "jobs" }));
        yield return Case("table unlogged", m => Projects(m, t => t with { Persistence = Persistence.Unlogged }));
        yield return Case("force row level security", m => Projects(m, t => t with { ForceRowLevelSecurity = true }));
        yield return Case("table option", m => Projects(m, t => t with { Options = ["fillfactor=70"] }));
        yield return Case("column type", m => Column(m, "status", c => c with { Type = "character varying(20)" }));
        yield return Case("column not null", m => Column(m, "status", c => c with { NotNull = true }));
        yield return Case("column default", m => Column(m, "status", c => c with { Default = "'active'::text" }));
        yield return Case("column collation", m => Column(m, "status", c => c with { Collation = null }));
        yield return Case("column comment", m => Column(m, "boundary", c => c with { Comment = null }));
        yield return Case("column grant", m => Column(m, "status", c => c with { Grants = [] }));
        yield return Case("srid", m => Column(m, "boundary", c => c with { TypeFacts = TestTypes.Spatial(c.Spatial! with { Srid = 4326 }) }));
        yield return Case("dimension", m => Column(m, "boundary", c => c with { TypeFacts = TestTypes.Spatial(c.Spatial! with { HasZ = true }) }));
        yield return Case("identity", m => Points(m, t => t with { Columns = [.. t.Columns.Select(c => c.Identity is null ? c : c with { Identity = c.Identity with { Generation = IdentityGeneration.ByDefault } })] }));
        yield return Case("constraint validated", m => Points(m, t => t with { Constraints = [.. t.Constraints.Select(c => c with { Validated = true })] }));
        yield return Case("foreign key action", m => Points(m, t => t with { Constraints = [.. t.Constraints.Select(c => c with { ForeignKey = c.ForeignKey! with { OnDelete = ReferentialAction.Restrict } })] }));
        yield return Case("index predicate", m => Projects(m, t => t with { Indexes = [.. t.Indexes.Select(i => i with { Predicate = "(id IS NOT NULL)" })] }));
        yield return Case("trigger disabled", m => Points(m, t => t with { Triggers = [.. t.Triggers.Select(r => r with { Enabled = TriggerEnabled.Disabled })] }));
        yield return Case("policy role", m => Projects(m, t => t with { Policies = [.. t.Policies.Select(p => p with { Roles = ["reader"] })] }));
        yield return Case("table grant grantable", m => Projects(m, t => t with { Grants = [.. t.Grants.Select(g => g with { Grantable = !g.Grantable })] }));
        yield return Case("view definition", m => m with { Views = [.. m.Views.Select(v => v with { Definition = v.Definition + " " })] });
        yield return Case("function volatility", m => m with { Functions = [.. m.Functions.Select(f => f with { Volatility = Volatility.Stable })] });
        yield return Case("function body", m => m with { Functions = [.. m.Functions.Select(f => f with { Definition = f.Definition.Replace("RETURN NEW", "RETURN OLD", StringComparison.Ordinal) })] });
        yield return Case("table added", m => m with { Tables = [.. m.Tables, new Table(new QualifiedName("public", "zz"))] });
        yield return Case("table renamed", m => Projects(m, t => t with { Name = new QualifiedName("public", "jobs") }));
    }

    private static TestCaseData Case(string name, Func<DatabaseModel, DatabaseModel> change) =>
        new TestCaseData(change).SetArgDisplayNames(name);

    private static DatabaseModel Projects(DatabaseModel model, Func<Table, Table> change) => Table(model, SampleModel.Projects, change);

    private static DatabaseModel Points(DatabaseModel model, Func<Table, Table> change) => Table(model, SampleModel.Points, change);

    private static DatabaseModel Table(DatabaseModel model, QualifiedName name, Func<Table, Table> change) =>
        model with { Tables = [.. model.Tables.Select(t => t.Name == name ? change(t) : t)] };

    private static DatabaseModel Column(DatabaseModel model, string column, Func<Column, Column> change) =>
        Projects(model, t => t with { Columns = [.. t.Columns.Select(c => c.Name == column ? change(c) : c)] });
}
