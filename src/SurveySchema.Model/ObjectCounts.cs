namespace SurveySchema.Model;

/// <summary>How many objects of each kind a model holds, for summaries (<c>inspect</c>, <c>build</c>).</summary>
public static class ObjectCounts
{
    /// <summary>Kinds in a fixed order, zero counts included, so summaries line up between runs.</summary>
    public static IReadOnlyList<(string Kind, int Count)> Of(DatabaseModel model) =>
    [
        ("schemas", model.Schemas.Count),
        ("extensions", model.Extensions.Count),
        ("types", model.Types.Count),
        ("sequences", model.Sequences.Count),
        ("tables", model.Tables.Count),
        ("columns", model.Tables.Sum(t => t.Columns.Count)),
        ("constraints", model.Tables.Sum(t => t.Constraints.Count)),
        ("indexes", model.Tables.Sum(t => t.Indexes.Count) + model.Views.Sum(v => v.Indexes.Count)),
        ("triggers", model.Tables.Sum(t => t.Triggers.Count) + model.Views.Sum(v => v.Triggers.Count)),
        ("policies", model.Tables.Sum(t => t.Policies.Count)),
        ("views", model.Views.Count(v => v.Kind == ViewKind.View)),
        ("materialized views", model.Views.Count(v => v.Kind == ViewKind.Materialized)),
        ("functions", model.Functions.Count(f => f.Kind != FunctionKind.Procedure)),
        ("procedures", model.Functions.Count(f => f.Kind == FunctionKind.Procedure)),
        ("aggregates", model.Aggregates.Count),
        ("collations", model.Collations.Count),
        ("grants", CountGrants(model)),
        ("comments", CountComments(model)),
    ];

    private static int CountGrants(DatabaseModel model) =>
        model.Schemas.Sum(s => s.Grants.Count)
        + model.Sequences.Sum(s => s.Grants.Count)
        + model.Tables.Sum(t => t.Grants.Count + t.Columns.Sum(c => c.Grants.Count))
        + model.Views.Sum(v => v.Grants.Count + v.Columns.Sum(c => c.Grants.Count))
        + model.Functions.Sum(f => f.Grants.Count)
        + model.Aggregates.Sum(a => a.Grants.Count)
        + model.Types.Sum(t => t.Grants.Count);

    private static int CountComments(DatabaseModel model) =>
        model.Schemas.Count(s => s.Comment is not null)
        + model.Types.Sum(t => Has(t.Comment) + t.Attributes.Count(a => a.Comment is not null)
            + (t.Domain?.Checks.Count(c => c.Comment is not null) ?? 0))
        + model.Sequences.Count(s => s.Comment is not null)
        + model.Tables.Sum(t => Has(t.Comment)
            + t.Columns.Count(c => c.Comment is not null)
            + t.Constraints.Count(c => c.Comment is not null)
            + t.Indexes.Count(i => i.Comment is not null)
            + t.Triggers.Count(r => r.Comment is not null)
            + t.Policies.Count(p => p.Comment is not null))
        + model.Views.Sum(v => Has(v.Comment)
            + v.Columns.Count(c => c.Comment is not null)
            + v.Indexes.Count(i => i.Comment is not null)
            + v.Triggers.Count(r => r.Comment is not null))
        + model.Functions.Count(f => f.Comment is not null)
        + model.Aggregates.Count(a => a.Comment is not null)
        + model.Collations.Count(c => c.Comment is not null);

    private static int Has(string? comment) => comment is null ? 0 : 1;
}
