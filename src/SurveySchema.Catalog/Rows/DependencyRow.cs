namespace SurveySchema.Catalog.Rows;

/// <summary>One row of dependencies.sql: a dependent object and an object it references, each as the kind,
/// qualified name and member (column, index, constraint, trigger, policy name; function identity arguments)
/// of the model object it belongs to.</summary>
internal sealed class DependencyRow
{
    public string DependentKind { get; set; } = "";

    public string DependentSchema { get; set; } = "";

    public string DependentName { get; set; } = "";

    public string? DependentMember { get; set; }

    public string ReferencedKind { get; set; } = "";

    public string ReferencedSchema { get; set; } = "";

    public string ReferencedName { get; set; } = "";

    public string? ReferencedMember { get; set; }
}
