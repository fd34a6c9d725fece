using SurveySchema.Diff.Differs;

namespace SurveySchema.Diff;

/// <summary>Compares two models and says, as operations, what turns the first into the second.</summary>
/// <remarks>The operations come in a readable default order (drops of dependents, drops, creates,
/// changes, dependents, grants, comments); the planner orders them by their dependencies. Renames are
/// never guessed: only <see cref="DiffOptions.Renames"/> produces a RENAME.</remarks>
public static class SchemaDiffer
{
    /// <summary>The operations that turn <paramref name="current"/> into <paramref name="desired"/>.</summary>
    public static IReadOnlyList<Operation> Diff(DatabaseModel current, DatabaseModel desired, DiffOptions options) =>
        Compare(current, desired, options).Operations;

    /// <summary>The operations and the informational remarks.</summary>
    public static SchemaDifference Compare(DatabaseModel current, DatabaseModel desired, DiffOptions options)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(desired);
        ArgumentNullException.ThrowIfNull(options);

        var context = new DiffContext(current.ToCanonical(), desired.ToCanonical());
        context.Current = RenameApplier.Apply(context, options.Renames);
        SchemaAndExtensionDiffer.Diff(context);
        TypeDiffer.Diff(context);
        SequenceDiffer.Diff(context);
        FunctionDiffer.Diff(context);
        AggregateDiffer.Diff(context);
        CollationDiffer.Diff(context);
        TableDiffer.Diff(context);
        ViewDiffer.Diff(context);
        RoleDiffer.Diff(context);
        DefaultPrivilegeDiffer.Diff(context);
        DependentDiffer.Diff(context);
        return new SchemaDifference(context.Operations(), context.Remarks.ToEquatableArray());
    }
}
